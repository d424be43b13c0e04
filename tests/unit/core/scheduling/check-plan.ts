// Checks a round plan against the raw input, independently of the planner's model: Oslo working hours on a
// working day, nobody's blocking time (widened by the buffer) touched, a conductor's conversations a buffer
// apart, at most maxPerDay per conductor and Oslo day, every employee at most once. Returns the broken rules.
import { DateTime } from 'luxon';
import { dayOf } from '../../../../src/core/calendar/days';
import { isPublicHoliday } from '../../../../src/core/calendar/holidays';
import type { RoundInput } from '../../../../src/core/scheduling/round-input';
import type { RoundPlan } from '../../../../src/core/scheduling/round-planner';

const BLOCKING = new Set(['busy', 'tentative', 'oof', 'unknown']);
const oslo = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Oslo');
const ms = (iso: string) => Date.parse(iso);

export function planProblems(input: RoundInput, plan: RoundPlan): string[] {
  const problems: string[] = [];
  const buffer = input.bufferMinutes * 60_000;
  const seen = new Set<string>();
  const perDay = new Map<string, number>();
  const maxPerDay = new Map(input.conductors.map((c) => [c.id, c.maxPerDay]));
  for (const p of plan.placements) {
    const what = `${p.employeeId} at ${p.start}`;
    if (seen.has(p.employeeId)) problems.push(`${p.employeeId} placed twice`);
    seen.add(p.employeeId);
    const start = oslo(p.start);
    const end = oslo(p.end);
    const date = start.toISODate() ?? '';
    if (!input.workingHours.weekdays.includes(start.weekday) || isPublicHoliday(dayOf(date)))
      problems.push(`${what}: not a working day`);
    if (start.toFormat('HH:mm') < input.workingHours.from || end.toFormat('HH:mm') > input.workingHours.to)
      problems.push(`${what}: outside working hours`);
    if (date < input.period.from || date > input.period.to) problems.push(`${what}: outside the period`);
    if (ms(p.end) - ms(p.start) !== input.durationMinutes * 60_000) problems.push(`${what}: wrong length`);
    for (const b of input.busy) {
      if (b.personId !== p.employeeId && b.personId !== p.conductorId) continue;
      if (!BLOCKING.has(b.showAs)) continue;
      if (ms(b.start) - buffer < ms(p.end) && ms(b.end) + buffer > ms(p.start))
        problems.push(`${what}: touches ${b.personId}'s ${b.showAs} ${b.start}`);
    }
    const key = `${p.conductorId} ${date}`;
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
    if ((perDay.get(key) ?? 0) > (maxPerDay.get(p.conductorId) ?? 0))
      problems.push(`${key}: over max per day`);
  }
  for (const conductor of maxPerDay.keys()) {
    const sorted = plan.placements
      .filter((p) => p.conductorId === conductor)
      .map((p) => [ms(p.start), ms(p.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++)
      if ((sorted[i]?.[0] ?? 0) < (sorted[i - 1]?.[1] ?? 0) + buffer)
        problems.push(`${conductor}: two conversations less than a buffer apart`);
  }
  return problems;
}

/** Conductor-day loads of a plan, keyed "conductor date" (Oslo date). */
export function dayLoads(plan: RoundPlan): Map<string, number> {
  const loads = new Map<string, number>();
  for (const p of plan.placements) {
    const key = `${p.conductorId} ${oslo(p.start).toISODate() ?? ''}`;
    loads.set(key, (loads.get(key) ?? 0) + 1);
  }
  return loads;
}
