// Norwegian public holidays (helligdager og høytidsdager) from date-holidays, a maintained package, so the
// Easter-based ones (skjærtorsdag, langfredag, 2. påskedag, Kristi himmelfart, 2. pinsedag) are never
// computed by hand here. Only days of type "public" count: julaften and nyttårsaften are "bank" days in the
// package and ordinary working days by law, though many offices close early.
import Holidays from 'date-holidays';
import { dayOf, yearOf } from './days';

let norway: Holidays | null = null;
const byYear = new Map<number, Set<number>>();

/** Public holidays of one year as day numbers (see days.ts); computed once per year and kept. */
export function publicHolidaysIn(year: number): ReadonlySet<number> {
  let days = byYear.get(year);
  if (!days) {
    norway ??= new Holidays('NO');
    days = new Set(
      norway
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => dayOf(holiday.date.slice(0, 10))),
    );
    byYear.set(year, days);
  }
  return days;
}

export function isPublicHoliday(day: number): boolean {
  return publicHolidaysIn(yearOf(day)).has(day);
}
