// What the round planner takes: a unit's employees, who conducts each one's conversation, everyone's busy
// time, the period of the round and the policy's hours. Several conductors may share a large unit (003); an
// employee's conductor may differ from the manager in the directory (002), so the pairing is given here.
import { z } from 'zod';
import { dayOf, isCalendarDate, ZCalendarDate } from '../calendar/days';
import type { IsoDate } from '../org';
import { ZBusyTime } from './busy';
import type { WorkingHours } from './working-windows';

export const ZRoundEmployee = z.object({ id: z.string().min(1), conductorId: z.string().min(1) });
export type RoundEmployee = z.infer<typeof ZRoundEmployee>;

export const ZRoundConductor = z.object({
  id: z.string().min(1),
  /** policy.maxConversationsPerLeaderPerDay, or this conductor's own lower number */
  maxPerDay: z.number().int().min(1).max(12),
});
export type RoundConductor = z.infer<typeof ZRoundConductor>;

/** A busy interval of one person: the demo municipality's calendars (BusyBlock) have this shape. */
export const ZPersonBusy = ZBusyTime.extend({ personId: z.string().min(1) });
export type PersonBusy = z.infer<typeof ZPersonBusy>;

export const ZPeriod = z
  .object({ from: ZCalendarDate, to: ZCalendarDate })
  // YYYY-MM-DD strings sort as the dates do
  .refine((period) => period.from <= period.to, { path: ['to'], message: 'must not be before period.from' });
export type Period = z.infer<typeof ZPeriod>;

export interface RoundInput {
  employees: readonly RoundEmployee[];
  conductors: readonly RoundConductor[];
  /** everyone's busy time; people without any are free whenever they work */
  busy: readonly PersonBusy[];
  /** first and last day of the round, both included */
  period: Period;
  durationMinutes: number;
  /** free minutes kept between a conversation and anything else, another conversation included */
  bufferMinutes: number;
  workingHours: WorkingHours;
  /** the municipality's own closed days; Norwegian public holidays are always closed */
  closedDates?: readonly IsoDate[];
  /** start times lie this many minutes apart from the opening (default 15) */
  stepMinutes?: number;
  /** conversations the conductors already have (booked outside this round): they block and count per day */
  booked?: readonly { conductorId: string; start: string; end: string }[];
}

export interface InputIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The rules a round's input must keep beyond its field types. Each is a mistake in the input, not a planning
 * outcome, so it is reported with the field path instead of leaving someone unplaced: an employee planned
 * twice, a conductor nobody listed, or a leader who is both conductor and employee in the same round (their
 * own conversation belongs to the round of the level above, where they are an employee only).
 */
export function roundInputIssues(
  input: Pick<RoundInput, 'employees' | 'conductors' | 'period'>,
): InputIssue[] {
  return [...teamIssues(input), ...periodIssues(input.period)];
}

/** The people rules alone (a plan file checks its period through ZPeriod). */
export function teamIssues(input: {
  employees: readonly RoundEmployee[];
  conductors: readonly { id: string }[];
}): InputIssue[] {
  const issues: InputIssue[] = [];
  const conductors = new Set<string>();
  input.conductors.forEach((conductor, i) => {
    if (conductors.has(conductor.id))
      issues.push({ path: ['conductors', i, 'id'], message: `conductor '${conductor.id}' is listed twice` });
    conductors.add(conductor.id);
  });
  const employees = new Set<string>();
  input.employees.forEach((employee, i) => {
    if (employees.has(employee.id))
      issues.push({ path: ['employees', i, 'id'], message: `employee '${employee.id}' is listed twice` });
    employees.add(employee.id);
    if (!conductors.has(employee.conductorId))
      issues.push({
        path: ['employees', i, 'conductorId'],
        message: `'${employee.conductorId}' is not one of the conductors`,
      });
    if (conductors.has(employee.id))
      issues.push({
        path: ['employees', i, 'id'],
        message: `'${employee.id}' conducts conversations in this round and cannot also be an employee in it`,
      });
  });
  return issues;
}

function periodIssues({ from, to }: Period): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const [key, date] of [['from', from] as const, ['to', to] as const])
    if (!isCalendarDate(date))
      issues.push({ path: ['period', key], message: 'expected a real calendar date' });
  if (isCalendarDate(from) && isCalendarDate(to) && dayOf(from) > dayOf(to))
    issues.push({ path: ['period', 'to'], message: 'must not be before period.from' });
  return issues;
}
