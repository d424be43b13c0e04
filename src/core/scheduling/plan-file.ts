// The input file of `samtale plan`: a round to plan as a dry run. Durations, hours and max per day come from
// the policy (defaults, the file's own `policy`, or --policy) unless the file sets them; busy blocks have the
// shape of the demo municipality's calendars and of Graph's getSchedule items (UTC), so either can be pasted.
import { z } from 'zod';
import { ZCalendarDate } from '../calendar/days';
import { ZConversationKind } from '../org';
import { ZPolicy, ZPolicyFile, type Policy } from '../policy/schema';
import {
  ZPeriod,
  ZPersonBusy,
  ZRoundConductor,
  ZRoundEmployee,
  teamIssues,
  type RoundInput,
} from './round-input';

const ZNamed = { name: z.string().min(1).optional() };

export const ZPlanFile = z
  .object({
    /** shown as the title, e.g. the unit's name */
    title: z.string().min(1).optional(),
    period: ZPeriod,
    /** the conversation kind whose policy duration applies */
    kind: ZConversationKind.default('annual'),
    /** overrides the policy's duration for the kind */
    durationMinutes: z.number().int().min(15).max(240).optional(),
    /** free minutes kept between a conversation and anything else (our default: 15) */
    bufferMinutes: z.number().int().min(0).max(120).default(15),
    /** overrides the policy's working hours */
    workingHours: ZPolicy.shape.workingHours.optional(),
    /** the municipality's own closed days; public holidays are always closed */
    closedDates: z.array(ZCalendarDate).default([]),
    policy: ZPolicyFile.optional(),
    conductors: z.array(ZRoundConductor.partial({ maxPerDay: true }).extend(ZNamed)).min(1),
    employees: z.array(ZRoundEmployee.extend(ZNamed)).min(1),
    busy: z.array(ZPersonBusy).default([]),
    /** conversations the conductors already have: they block and count towards the maximum per day */
    booked: z
      .array(z.object({ conductorId: z.string().min(1), start: z.iso.datetime(), end: z.iso.datetime() }))
      .default([]),
  })
  .superRefine((file, ctx) => {
    for (const issue of teamIssues(file)) ctx.addIssue({ code: 'custom', ...issue });
    if (file.workingHours && file.workingHours.from >= file.workingHours.to)
      ctx.addIssue({
        code: 'custom',
        path: ['workingHours', 'to'],
        message: 'must be later than workingHours.from',
      });
    // a block of someone outside the round is most likely a mistyped id, which would plan over their meetings
    const people = new Set([...file.conductors, ...file.employees].map((p) => p.id));
    const conductors = new Set(file.conductors.map((c) => c.id));
    file.booked.forEach((booking, i) => {
      if (!conductors.has(booking.conductorId))
        ctx.addIssue({
          code: 'custom',
          path: ['booked', i, 'conductorId'],
          message: `'${booking.conductorId}' is not one of the conductors`,
        });
    });
    file.busy.forEach((block, i) => {
      if (!people.has(block.personId))
        ctx.addIssue({
          code: 'custom',
          path: ['busy', i, 'personId'],
          message: `'${block.personId}' is not in the round`,
        });
      if (Date.parse(block.end) <= Date.parse(block.start))
        ctx.addIssue({ code: 'custom', path: ['busy', i, 'end'], message: 'must be after start' });
    });
  });
export type PlanFile = z.infer<typeof ZPlanFile>;

/** The round the planner takes: what the file leaves out comes from the policy. */
export function roundInputOf(file: PlanFile, policy: Policy): RoundInput {
  return {
    employees: file.employees.map(({ id, conductorId }) => ({ id, conductorId })),
    conductors: file.conductors.map(({ id, maxPerDay }) => ({
      id,
      maxPerDay: maxPerDay ?? policy.maxConversationsPerLeaderPerDay,
    })),
    busy: file.busy,
    period: file.period,
    durationMinutes: file.durationMinutes ?? policy.durationMinutes[file.kind],
    bufferMinutes: file.bufferMinutes,
    workingHours: file.workingHours ?? policy.workingHours,
    closedDates: file.closedDates,
    booked: file.booked,
  };
}
