// Calendar dates as whole days since 1970-01-01, computed in UTC. A calendar date does not depend on a
// time zone, so the rules add and compare plain integers: fast for 50,000 people, and no DST change can
// shift a date by one (the classic bug: 2026-03-29 00:00 Oslo is 2026-03-28 in UTC).
import type { z } from 'zod';
import { ZIsoDate, type IsoDate } from '../org';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid YYYY-MM-DD date; throws for 2026-02-30 and the like. */
export function dayOf(iso: IsoDate): number {
  const day =
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
  if (!Number.isInteger(day) || isoOf(day) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return day;
}

export function isoOf(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  try {
    dayOf(iso);
    return true;
  } catch {
    return false;
  }
}

/** A YYYY-MM-DD string that is a real date (2026-02-29 is not; 2028-02-29 is). */
export const ZCalendarDate = ZIsoDate.refine(isCalendarDate, 'expected a real calendar date (YYYY-MM-DD)');
export type CalendarDate = z.infer<typeof ZCalendarDate>;

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/**
 * The same day of the month `months` later. When that month is shorter the date is clamped to its last
 * day: 2024-02-29 + 12 months is 2025-02-28, and 2023-08-31 + 6 months is 2024-02-29 (a leap year).
 */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastOfTarget)) / DAY_MS;
}

/**
 * The last day of a period of `months` that begins on `start`: the day before the same date `months` later,
 * or the last day of that month when the date does not exist there. A six-month probation from 2026-01-15
 * ends 2026-07-14; one from 2023-08-31 ends 2024-02-29 (there is no 31 February, so February runs out).
 */
export function periodEnd(start: number, months: number): number {
  const startDate = new Date(start * DAY_MS).getUTCDate();
  const same = addMonths(start, months);
  return new Date(same * DAY_MS).getUTCDate() < startDate ? same : same - 1;
}
