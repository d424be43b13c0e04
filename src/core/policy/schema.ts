// A municipality's policy for its conversations: what the seeds leave to each municipality to decide.
// Defaults are in defaults.ts with their sources; a unit may override any part (resolve.ts).
import { z } from 'zod';

const ZWeeks = (max: number) => z.number().int().min(0).max(max);
const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');

/** Follow-ups after the first one: a fixed number spread over probation (000 2.2) or monthly (001). */
export const ZFollowUpPlan = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('spread'), count: z.number().int().min(1).max(5) }),
  z.object({ mode: z.literal('monthly') }),
]);
export type FollowUpPlan = z.infer<typeof ZFollowUpPlan>;

export const ZAnnualPolicy = z.object({
  /** 12 (002, 000) or 24 (003: "minimum ... hvert annet år") */
  intervalMonths: z.union([z.literal(12), z.literal(24)]),
  /** from this position % the conversation is required; below it, offered (002) */
  minPositionPercent: z.number().min(0).max(100),
  /** temporaries: required like permanent staff, or only offered (002) */
  temporaries: z.enum(['required', 'offered']),
  /** how many days before its due date a conversation shows as "due" (time to plan and invite) */
  windowDays: z.number().int().min(7).max(365),
});

export const ZProbationPolicy = z.object({
  /** arbeidsmiljøloven § 15-6 (1): at most six months */
  months: z.number().int().min(1).max(6),
  /** the start conversation is held within this many days of the first day */
  startConversationDays: z.number().int().min(1).max(30),
  /** 000 2.3: "Oppfølgingssamtale etter 4 uker" */
  firstFollowUpWeeks: ZWeeks(12).min(1),
  followUps: ZFollowUpPlan,
  /** the last follow-up comes at least this many weeks before probation ends, so there is time to act */
  lastFollowUpWeeksBeforeEnd: ZWeeks(12),
});

export const ZPolicy = z
  .object({
    annual: ZAnnualPolicy,
    probation: ZProbationPolicy,
    exit: z.object({
      /** the exit conversation shows as due this many days before the last day */
      windowDays: z.number().int().min(1).max(90),
    }),
    /** 000: "innkalling 1-2 uker i forveien": the invitation goes out this many days before the meeting */
    invitation: z.object({
      minDaysAhead: z.number().int().min(1).max(60),
      maxDaysAhead: z.number().int().min(1).max(60),
    }),
    /** minutes per conversation kind (003, 004: 1-1.5 h; 000, 002: 1-2 h) */
    durationMinutes: z.object({
      annual: z.number().int().min(15).max(240),
      start: z.number().int().min(15).max(240),
      'probation-followup': z.number().int().min(15).max(240),
      exit: z.number().int().min(15).max(240),
    }),
    /** Oslo wall-clock hours on working days (1 = Monday … 7 = Sunday) when conversations may be booked */
    workingHours: z.object({
      from: ZClock,
      to: ZClock,
      weekdays: z.array(z.number().int().min(1).max(7)).min(1),
    }),
    maxConversationsPerLeaderPerDay: z.number().int().min(1).max(12),
    /** each side's preparation stays hidden until both have submitted (or the meeting starts) */
    hidePreparationsUntilBothSubmitted: z.boolean(),
    /** keep every referat, or replace the previous one when a new one is filed (002) */
    retention: z.enum(['keep-all', 'replace-previous']),
    /**
     * days Samtale keeps a person's conversations after their last day, then deletes its own copies (the
     * filed referat stays in the personnel folder). 002: forms kept at the workplace are destroyed when the
     * employee or the leader leaves; the days leave time to sign and file the sluttsamtale (000 5).
     *
     * 0 is allowed: it is 002 read to the letter (the copies go the day after the last day), and no signed
     * referat is lost by it, since retention.ts holds what is signed but not filed; what it costs, a
     * sluttsamtale not signed by the last day, is HR's to weigh. The upper bound, ten years, catches a slip of
     * the keyboard (900 typed as 9000) without overruling a municipality's archive plan. It stays where it was
     * when the field was only in the file: a saved policy is resolved again on every read, so a narrower bound
     * would turn a value saved before into an error on every surface, the settings form included.
     */
    keepAfterLeavingDays: z.number().int().min(0).max(3650),
  })
  .superRefine((policy, ctx) => {
    if (policy.invitation.minDaysAhead > policy.invitation.maxDaysAhead) {
      ctx.addIssue({
        code: 'custom',
        path: ['invitation', 'minDaysAhead'],
        message: 'must not be larger than invitation.maxDaysAhead',
      });
    }
    if (policy.workingHours.from >= policy.workingHours.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['workingHours', 'to'],
        message: 'must be later than workingHours.from',
      });
    }
  });
export type Policy = z.infer<typeof ZPolicy>;

/** Any part of a policy; what is left out comes from the level above (defaults, then the municipality). */
export const ZPolicyOverride = z
  .object({
    annual: ZAnnualPolicy.partial(),
    probation: ZProbationPolicy.partial(),
    exit: z.object({ windowDays: z.number().int() }).partial(),
    invitation: z.object({ minDaysAhead: z.number().int(), maxDaysAhead: z.number().int() }).partial(),
    durationMinutes: z
      .object({ annual: z.number(), start: z.number(), 'probation-followup': z.number(), exit: z.number() })
      .partial(),
    workingHours: z.object({ from: ZClock, to: ZClock, weekdays: z.array(z.number().int()) }).partial(),
    maxConversationsPerLeaderPerDay: z.number().int(),
    hidePreparationsUntilBothSubmitted: z.boolean(),
    retention: z.enum(['keep-all', 'replace-previous']),
    keepAfterLeavingDays: z.number().int(),
  })
  .partial()
  .strict();
export type PolicyOverride = z.infer<typeof ZPolicyOverride>;

/** The policy file: the municipality's choices, and per unit (by unit id) what differs from them. */
export const ZPolicyFile = ZPolicyOverride.extend({
  units: z.record(z.string().min(1), ZPolicyOverride).optional(),
}).strict();
export type PolicyFile = z.infer<typeof ZPolicyFile>;
