// The people of a municipality as the product sees them: who works where, for whom, on what terms.
// Directory facts (name, title, manager) come from Entra ID through Graph; employment terms
// (position %, employment type, start and end) from the HR system, carried on the same user.
import { z } from 'zod';

// a real day too: 2026-02-30 passed the pattern and reached date arithmetic as a 500 (issue 9 fuzzing)
export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, 'expected a day that exists');
export type IsoDate = z.infer<typeof ZIsoDate>;

export const ZLanguage = z.enum(['nb', 'nn', 'en']);
export type Language = z.infer<typeof ZLanguage>;

export const ZEmploymentType = z.enum(['permanent', 'temporary']);
export type EmploymentType = z.infer<typeof ZEmploymentType>;

export const ZRole = z.enum(['leader', 'employee', 'hr']);
export type Role = z.infer<typeof ZRole>;

export const ZPerson = z.object({
  /** Entra ID object id (GUID); the stable key everywhere. */
  id: z.string().uuid(),
  /** HR system employee number: the personnel folder is named by it. */
  employeeNumber: z.string().min(1),
  givenName: z.string().min(1),
  surname: z.string().min(1),
  displayName: z.string().min(1),
  mail: z.string().email(),
  jobTitle: z.string().min(1),
  unitId: z.string().min(1),
  /** Nearest leader (nærmeste leder); null for the top of the tree. */
  managerId: z.string().uuid().nullable(),
  /** Stillingsprosent, 0-100. Seed 002: the annual conversation is mandatory from 50 %. */
  positionPercent: z.number().min(0).max(100),
  employmentType: ZEmploymentType,
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  preferredLanguage: ZLanguage,
  roles: z.array(ZRole).min(1),
});
export type Person = z.infer<typeof ZPerson>;

export const ZUnit = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  leaderId: z.string().uuid(),
});
export type Unit = z.infer<typeof ZUnit>;

export const ZConversationKind = z.enum(['annual', 'start', 'probation-followup', 'exit']);
export type ConversationKind = z.infer<typeof ZConversationKind>;

/** A conversation that was held, as far as the history is concerned. */
export const ZPastConversation = z.object({
  personId: z.string().uuid(),
  kind: ZConversationKind,
  date: ZIsoDate,
});
export type PastConversation = z.infer<typeof ZPastConversation>;

/** A busy block in someone's calendar, in UTC; showAs as Graph's freeBusyStatus. */
export const ZBusyBlock = z.object({
  /** the calendar's owner: a person's id, or a room's id for the room's own bookings */
  personId: z.string().uuid(),
  start: z.string().datetime(),
  end: z.string().datetime(),
  showAs: z.enum(['busy', 'tentative', 'oof', 'workingElsewhere', 'free']),
  subject: z.string(),
});
export type BusyBlock = z.infer<typeof ZBusyBlock>;

/** A bookable meeting room (an Exchange room mailbox). Seed 002: the conversation is not held in the leader's own office. */
export const ZRoom = z.object({
  id: z.string().uuid(),
  mail: z.string().email(),
  displayName: z.string().min(1),
  capacity: z.number().int().min(1),
  building: z.string().min(1),
});
export type Room = z.infer<typeof ZRoom>;

export const ZMunicipality = z.object({
  name: z.string().min(1),
  tenantId: z.string().uuid(),
  domain: z.string().min(1),
  units: z.array(ZUnit).min(1),
  people: z.array(ZPerson).min(1),
  history: z.array(ZPastConversation),
  calendars: z.array(ZBusyBlock),
  /** meeting rooms; older org files have none */
  rooms: z.array(ZRoom).default([]),
});
export type Municipality = z.infer<typeof ZMunicipality>;
