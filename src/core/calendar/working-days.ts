// Working days: Monday to Friday, except Norwegian public holidays (holidays.ts).
import { weekdayOf } from './days';
import { isPublicHoliday } from './holidays';

export function isWorkingDay(day: number): boolean {
  return weekdayOf(day) <= 5 && !isPublicHoliday(day);
}

/** The day itself when it is a working day, else the nearest working day before it. */
export function onOrBeforeWorkingDay(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d -= 1;
  return d;
}

/** The day itself when it is a working day, else the nearest working day after it. */
export function onOrAfterWorkingDay(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d += 1;
  return d;
}

/** The n-th working day counted from `first` (n = 1 is the first working day on or after it). */
export function nthWorkingDay(first: number, n: number): number {
  let d = onOrAfterWorkingDay(first);
  for (let count = 1; count < n; count++) d = onOrAfterWorkingDay(d + 1);
  return d;
}
