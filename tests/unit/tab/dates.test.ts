// Date fields a Norwegian leader can type in (issue 6: Norwegian date formats): 3.12.2026, 03.12.26 and the
// ISO a browser pastes all mean 3 December 2026; impossible dates are refused, not rolled over.
import { describe, expect, it } from 'vitest';
import { formatShortDate, parseDateInput } from '../../../src/tab/i18n/dates';

const dec3 = { kind: 'date', iso: '2026-12-03' };

describe('parseDateInput', () => {
  it('reads day.month.year with or without leading zeros, two- or four-digit years', () => {
    expect(parseDateInput('3.12.2026')).toEqual(dec3);
    expect(parseDateInput('03.12.2026')).toEqual(dec3);
    expect(parseDateInput('03.12.26')).toEqual(dec3);
    expect(parseDateInput(' 3. 12. 2026 ')).toEqual(dec3);
    expect(parseDateInput('3/12/2026')).toEqual(dec3);
    expect(parseDateInput('3-12-26')).toEqual(dec3);
  });

  it('reads ISO too, as pasted from elsewhere', () => {
    expect(parseDateInput('2026-12-03')).toEqual(dec3);
  });

  it('says empty for nothing, so an optional field may stay blank', () => {
    expect(parseDateInput('')).toEqual({ kind: 'empty' });
    expect(parseDateInput('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses dates that do not exist instead of rolling them into the next month', () => {
    expect(parseDateInput('31.04.2026')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('29.02.2026')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('29.02.2028')).toEqual({ kind: 'date', iso: '2028-02-29' });
    expect(parseDateInput('0.12.2026')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('3.13.2026')).toEqual({ kind: 'invalid' });
  });

  it('refuses what is not a date: month names, a missing year, American order, three-digit years', () => {
    expect(parseDateInput('3. desember 2026')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('3.12')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('12/31/2026')).toEqual({ kind: 'invalid' });
    expect(parseDateInput('3.12.202')).toEqual({ kind: 'invalid' });
  });
});

describe('formatShortDate', () => {
  it('writes dd.mm.yyyy, and reads back as the same date', () => {
    expect(formatShortDate('2026-12-03')).toBe('03.12.2026');
    expect(parseDateInput(formatShortDate('2026-01-31'))).toEqual({ kind: 'date', iso: '2026-01-31' });
  });

  it('leaves what is not an ISO date as it is', () => {
    expect(formatShortDate('')).toBe('');
    expect(formatShortDate('soon')).toBe('soon');
  });
});
