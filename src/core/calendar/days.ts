// Calendar dates as whole days since 1970-01-01. A calendar date does not depend on a time zone, so the
// rules add and compare plain integers: no DST change can shift a date by one (the classic bug:
// 2026-03-29 00:00 Oslo is 2026-03-28 in UTC). The conversions are integer arithmetic (Howard Hinnant's
// days-from-civil), not Date objects: the 50,000-person due list converts a few hundred thousand dates,
// and toISOString() made it twice as slow, mostly in the garbage collector.
import type { z } from 'zod';
import { ZIsoDate, type IsoDate } from '../org';

interface Civil {
  y: number;
  m: number;
  d: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function daysFromCivil({ y, m, d }: Civil): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(day: number): Civil {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid YYYY-MM-DD date; throws for 2026-02-30 and the like. */
export function dayOf(iso: IsoDate): number {
  const match = ISO.exec(iso);
  const y = Number(match?.[1]);
  const m = Number(match?.[2]);
  const d = Number(match?.[3]);
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    throw new RangeError(`not a calendar date: ${iso}`);
  return daysFromCivil({ y, m, d });
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function isoOf(day: number): IsoDate {
  const { y, m, d } = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
}

export function isCalendarDate(iso: string): boolean {
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
  return civilFromDays(day).y;
}

/**
 * The same day of the month `months` later. When that month is shorter the date is clamped to its last
 * day: 2024-02-29 + 12 months is 2025-02-28, and 2023-08-31 + 6 months is 2024-02-29 (a leap year).
 */
export function addMonths(day: number, months: number): number {
  const { y, m, d } = civilFromDays(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return daysFromCivil({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/**
 * The last day of a period of `months` that begins on `start`: the day before the same date `months` later,
 * or the last day of that month when the date does not exist there. A six-month probation from 2026-01-15
 * ends 2026-07-14; one from 2023-08-31 ends 2024-02-29 (there is no 31 February, so February runs out).
 */
export function periodEnd(start: number, months: number): number {
  const same = addMonths(start, months);
  return civilFromDays(same).d < civilFromDays(start).d ? same : same - 1;
}
