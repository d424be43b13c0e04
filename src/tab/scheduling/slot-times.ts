// Pure helpers for the scheduling views: every time a leader sees or types is Oslo wall-clock time, while the
// API speaks UTC instants. Kept apart from the components so they can be tested with worked examples.
import { dayOf, isoOf, weekdayOf } from '../../core/calendar/days';
import { osloDateOf, osloToUtc } from '../../core/calendar/oslo';
import { DateTime } from 'luxon';

/** "2026-11-30T08:00:00Z" → "09:00": the Oslo clock time of an instant (CET in winter). */
export function osloClock(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone('Europe/Oslo').toFormat('HH:mm');
}

/** 002 policy: the working day the suggestions are made in; a time outside it is allowed, but flagged. */
export const WORKDAY = { from: '08:00', to: '15:30' } as const;

export type OtherTime =
  { ok: true; start: string; outsideWorkingHours: boolean } | { ok: false; problem: 'missing' | 'past' };

/**
 * A time the leader typed (Oslo date and HH:mm) as the instant to book. It must be in the future; outside
 * 08:00-15:30 it is only a hint, because an early start for a night-shift worker can be exactly right.
 */
export function otherTime(date: string, time: string, durationMinutes: number, now: Date): OtherTime {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time))
    return { ok: false, problem: 'missing' };
  let start: string;
  try {
    start = osloToUtc(date, time);
  } catch {
    return { ok: false, problem: 'missing' };
  }
  if (Date.parse(start) <= now.getTime()) return { ok: false, problem: 'past' };
  const end = osloClock(new Date(Date.parse(start) + durationMinutes * 60_000).toISOString());
  const outsideWorkingHours = time < WORKDAY.from || end > WORKDAY.to || end < time;
  return { ok: true, start, outsideWorkingHours };
}

export type DayOfPlacements<P> = { date: string; items: P[] };

/**
 * Placements grouped by their Oslo day, days in order and each day's conversations by start time: the round
 * preview reads like a calendar. A 00:30 Oslo meeting is 23:30 UTC the day before, so the day comes from Oslo.
 */
export function groupByOsloDay<P extends { start: string }>(placements: P[]): DayOfPlacements<P>[] {
  const days = new Map<string, P[]>();
  const sorted = [...placements].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const placement of sorted) {
    const date = osloDateOf(placement.start);
    days.set(date, [...(days.get(date) ?? []), placement]);
  }
  return [...days.entries()].map(([date, items]) => ({ date, items }));
}

/** The Monday after `today` (an Oslo date); a Monday gives the next one, a week on. */
export function nextMonday(today: string): string {
  const day = dayOf(today);
  return isoOf(day + (8 - weekdayOf(day)));
}

/** The last day of a period of `weeks` weeks starting on a Monday: its Friday. */
export function fridayOf(monday: string, weeks: number): string {
  return isoOf(dayOf(monday) + 7 * (weeks - 1) + 4);
}
