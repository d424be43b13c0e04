// Calendar dates as whole days since 1970-01-01 (UTC), so the generator adds and compares dates with
// plain integers: fast at 50,000 people, and no time zone can shift a date by one.

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  const [y = NaN, m = NaN, d = NaN] = iso.split('-').map(Number);
  const day = Date.UTC(y, m - 1, d) / DAY_MS;
  if (!Number.isInteger(day) || isoOf(day) !== iso) throw new Error(`not a calendar date: ${iso}`);
  return day;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday) */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** the same day or the next Monday when it falls on a weekend: conversations are held on workdays */
export function workdayFrom(day: number): number {
  const weekday = weekdayOf(day);
  return weekday >= 6 ? day + (8 - weekday) : day;
}

/** the last day of the month `months` after the month of `day` (0 = this month) */
export function endOfMonth(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0) / DAY_MS;
}
