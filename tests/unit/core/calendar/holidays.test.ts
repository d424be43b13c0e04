import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../../../../src/core/calendar/days';
import { isPublicHoliday, publicHolidaysIn } from '../../../../src/core/calendar/holidays';
import {
  isWorkingDay,
  nthWorkingDay,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
} from '../../../../src/core/calendar/working-days';

const holiday = (iso: string) => isPublicHoliday(dayOf(iso));

describe('Norwegian public holidays', () => {
  it('has the Easter-based holidays of 2026 and 2027', () => {
    for (const iso of ['2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-25']) {
      expect(holiday(iso), iso).toBe(true);
    }
    // Easter Sunday 2027 is 28 March
    for (const iso of ['2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17']) {
      expect(holiday(iso), iso).toBe(true);
    }
  });

  it('has the fixed ones, and not the customary half-days', () => {
    expect(holiday('2026-05-17')).toBe(true);
    expect(holiday('2026-05-01')).toBe(true);
    expect(holiday('2026-12-25')).toBe(true);
    expect(holiday('2026-12-24')).toBe(false); // julaften is a working day by law
    expect(holiday('2026-04-01')).toBe(false);
    expect(publicHolidaysIn(2026).size).toBe(12);
  });
});

describe('working days', () => {
  it('skips weekends and the Easter holidays', () => {
    expect(isWorkingDay(dayOf('2026-04-01'))).toBe(true);
    expect(isWorkingDay(dayOf('2026-04-06'))).toBe(false); // 2. påskedag
    expect(isoOf(onOrBeforeWorkingDay(dayOf('2026-04-06')))).toBe('2026-04-01');
    expect(isoOf(onOrAfterWorkingDay(dayOf('2026-04-02')))).toBe('2026-04-07');
  });

  it('counts the fifth working day across Easter', () => {
    // starting Monday 30 March 2026: 30, 31 March, 1 April, then 7 and 8 April
    expect(isoOf(nthWorkingDay(dayOf('2026-03-30'), 5))).toBe('2026-04-08');
    expect(isoOf(nthWorkingDay(dayOf('2026-11-23'), 5))).toBe('2026-11-27');
  });
});
