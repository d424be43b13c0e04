// The days a conversation may be held and, for each, its working hours as UTC instants. The conversion is
// done per day through luxon's Europe/Oslo rules: 08:00 in Oslo is 07:00Z in winter and 06:00Z in summer,
// so adding 24 hours to Friday 27 March 2026 08:00 would put Monday 30 March's opening at 09:00 Oslo time.
import { DateTime } from 'luxon';
import { dayOf, isoOf, weekdayOf } from '../calendar/days';
import { isPublicHoliday } from '../calendar/holidays';
import { OSLO } from '../calendar/oslo';
import type { IsoDate } from '../org';
import type { Policy } from '../policy/schema';

/** Oslo wall-clock working hours on the given ISO weekdays (1 = Monday), as in the policy. */
export type WorkingHours = Policy['workingHours'];

export interface WorkingWindow {
  /** the Oslo date */
  date: IsoDate;
  /** opening and closing as UTC milliseconds */
  open: number;
  close: number;
}

/** An Oslo wall-clock time (HH:mm) on an Oslo date as UTC milliseconds. */
export function osloClockMs(date: IsoDate, clock: string): number {
  const local = DateTime.fromISO(`${date}T${clock}`, { zone: OSLO });
  if (!local.isValid) throw new RangeError(`not an Oslo time: ${date} ${clock}`);
  return local.toMillis();
}

// Julaften and nyttårsaften are working days by law, but work-free from 15:00 on julaften (arbeidsmiljøloven
// § 10-10), and in the state (Statens personalhåndbok 3.1.2) and many municipalities the day ends at 12:00.
// Our choice: no conversation runs past noon on those two days, so a 90-minute one starts by 10:30.
const HALF_DAYS = new Set(['12-24', '12-31']);
const HALF_DAY_CLOSE = '12:00';

/** the day's closing time: the policy's, or noon on julaften and nyttårsaften if that is earlier */
function closingOn(date: IsoDate, to: string): string {
  return HALF_DAYS.has(date.slice(5)) && to > HALF_DAY_CLOSE ? HALF_DAY_CLOSE : to;
}

/**
 * Working windows from `from` to `to` (both included): the policy's weekdays, never a Norwegian public
 * holiday (Easter 2026: 2, 3 and 6 April), never one of `closedDates` (the municipality's own, e.g. a
 * planning day), and closing at noon on julaften and nyttårsaften. Opening and closing are converted separately,
 * so a window is exactly the wall-clock hours.
 */
export function workingWindows(
  from: IsoDate,
  to: IsoDate,
  hours: WorkingHours,
  closedDates: readonly IsoDate[] = [],
): WorkingWindow[] {
  const closed = new Set(closedDates.map(dayOf));
  const weekdays = new Set(hours.weekdays);
  const windows: WorkingWindow[] = [];
  for (let day = dayOf(from); day <= dayOf(to); day++) {
    if (!weekdays.has(weekdayOf(day)) || isPublicHoliday(day) || closed.has(day)) continue;
    const date = isoOf(day);
    const open = osloClockMs(date, hours.from);
    const close = osloClockMs(date, closingOn(date, hours.to));
    if (close > open) windows.push({ date, open, close });
  }
  return windows;
}
