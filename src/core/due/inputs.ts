// What the due list needs besides people and history: absences (they may extend probation), exemptions
// (recorded reasons to skip) and conversations already booked.
import { z } from 'zod';
import { ZCalendarDate } from '../calendar/days';
import { ZConversationKind } from '../org';

/**
 * Absence during probation. arbeidsmiljøloven § 15-6 (4): probation may be extended by the length of the
 * absence, only when the employee was told in writing at hiring, and never for absence the employer caused.
 */
export const ZAbsence = z
  .object({
    personId: z.string().min(1),
    from: ZCalendarDate,
    /** the last day of the absence (inclusive) */
    to: ZCalendarDate,
    /** the employment contract said in writing that absence extends probation */
    writtenNoticeGiven: z.boolean(),
    /** absence caused by the employer (e.g. no work to give) never extends probation */
    employerCaused: z.boolean().default(false),
  })
  .refine((absence) => absence.from <= absence.to, { path: ['to'], message: 'must not be before from' });
export type Absence = z.infer<typeof ZAbsence>;

/**
 * A recorded decision to skip a conversation. 000: a leader cannot exclude anyone without a reason
 * ("uten at dette er begrunnet"), and an employee cannot ask to skip "en gang for alle": an employee's wish
 * therefore names the one year it covers. A leader's may be open-ended (e.g. long-term leave), with a reason.
 */
export const ZExemption = z
  .object({
    personId: z.string().min(1),
    kind: ZConversationKind,
    /** the calendar year of the due date it covers; without it, every conversation of this kind */
    year: z.number().int().min(2000).max(2100).optional(),
    by: z.enum(['leader', 'employee']),
    reason: z.string().trim().min(3, 'a reason must be recorded'),
    recordedAt: ZCalendarDate,
  })
  .refine((exemption) => exemption.by === 'leader' || exemption.year !== undefined, {
    path: ['year'],
    message: 'an employee\'s wish to skip covers one year (000: not "en gang for alle"): give the year',
  });
export type Exemption = z.infer<typeof ZExemption>;

/** A conversation that is booked but not held yet (from the scheduler). */
export const ZPlannedConversation = z.object({
  personId: z.string().min(1),
  kind: ZConversationKind,
  date: ZCalendarDate,
});
export type PlannedConversation = z.infer<typeof ZPlannedConversation>;
