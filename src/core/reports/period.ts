// The period a report counts: calendar dates in Oslo, both ends included. A year is the usual one
// (DESIGN §1: "X of Y have had their conversation in 2026"); a round or a term can be any span.
import { z } from 'zod';
import { ZCalendarDate } from '../calendar/days';
import { formatDate } from '../calendar/oslo';

export const ZReportPeriod = z
  .object({ from: ZCalendarDate, to: ZCalendarDate })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'must not be before from' });
export type ReportPeriod = z.infer<typeof ZReportPeriod>;

export function periodOfYear(year: number): ReportPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** the whole calendar year the period covers, or null for any other span */
export function yearOfPeriod(period: ReportPeriod): number | null {
  const year = Number(period.from.slice(0, 4));
  const whole = periodOfYear(year);
  return whole.from === period.from && whole.to === period.to ? year : null;
}

/** "i 2026" for a whole year, else "01.03.2026–30.06.2026": how the tables and headings name it */
export function periodText(period: ReportPeriod): string {
  const year = yearOfPeriod(period);
  return year === null ? `${formatDate(period.from)}–${formatDate(period.to)}` : `i ${year}`;
}

/** ISO dates compare as strings: no Date objects per row in a 50,000-person pass */
export function inPeriod(date: string, period: ReportPeriod): boolean {
  return date >= period.from && date <= period.to;
}

/** the calendar years the period touches, e.g. [2025, 2026] for 2025-09-01–2026-06-30 */
export function yearsOf(period: ReportPeriod): number[] {
  const years: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) years.push(y);
  return years;
}
