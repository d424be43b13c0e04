import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayOf,
  isCalendarDate,
  isoOf,
  periodEnd,
  weekdayOf,
} from '../../../../src/core/calendar/days';

const plusMonths = (iso: string, months: number) => isoOf(addMonths(dayOf(iso), months));
const endOf = (iso: string, months: number) => isoOf(periodEnd(dayOf(iso), months));

describe('calendar days', () => {
  it('rejects dates that do not exist, and knows leap years', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(() => dayOf('2026-04-31')).toThrow(RangeError);
  });

  it('counts weekdays from Monday = 1', () => {
    expect(weekdayOf(dayOf('2026-11-23'))).toBe(1);
    expect(weekdayOf(dayOf('2026-05-17'))).toBe(7);
  });

  it('adds months, clamping to the end of a shorter month (leap year)', () => {
    // 002: a conversation held 29 Feb 2024 is due again a year later; there is no 29 Feb 2025
    expect(plusMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(plusMonths('2027-02-28', 12)).toBe('2028-02-28');
    expect(plusMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMonths('2025-10-01', 12)).toBe('2026-10-01');
  });

  it('ends a six-month period the day before the same date, or when February runs out', () => {
    // aml. § 15-6: six months of probation from 15 January include 14 July
    expect(endOf('2026-01-15', 6)).toBe('2026-07-14');
    expect(endOf('2023-08-31', 6)).toBe('2024-02-29');
    expect(endOf('2022-08-31', 6)).toBe('2023-02-28');
    expect(endOf('2026-01-01', 6)).toBe('2026-06-30');
  });
});

describe('day numbers', () => {
  it('agree with the JavaScript calendar for every day from 1900 to 2100', () => {
    // the integer conversion replaces Date in the hot loop; Date.UTC is the reference
    for (let day = Date.UTC(1900, 0, 1) / 86_400_000; day <= Date.UTC(2100, 11, 31) / 86_400_000; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoOf(day) !== iso || dayOf(iso) !== day) throw new Error(`mismatch at ${iso}`);
    }
    expect(isoOf(0)).toBe('1970-01-01');
    expect(dayOf('2026-11-23')).toBe(Date.UTC(2026, 10, 23) / 86_400_000);
  });
});
