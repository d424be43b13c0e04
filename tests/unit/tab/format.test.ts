import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, languageFromLocale } from '../../../src/tab/i18n/format';

describe('formatDate', () => {
  it('writes a Norwegian date with the month in words', () => {
    expect(formatDate('2026-03-01', 'nb')).toBe('1. mars 2026');
    expect(formatDate('2026-03-01', 'nn')).toBe('1. mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
  });

  it('keeps the calendar day on both sides of a DST change in Oslo', () => {
    expect(formatDate('2026-03-29', 'nb')).toBe('29. mars 2026');
    expect(formatDate('2026-10-25', 'nb')).toBe('25. oktober 2026');
    expect(formatDate('2026-12-31', 'nb')).toBe('31. desember 2026');
  });

  it('shows an unreadable date as it came rather than "Invalid Date"', () => {
    expect(formatDate('not-a-date', 'nb')).toBe('not-a-date');
  });
});

describe('formatPercent', () => {
  it('uses a Norwegian decimal comma and a space before %', () => {
    expect(formatPercent(75.5, 'nb')).toBe('75,5\u00a0%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });
});

describe('languageFromLocale', () => {
  it('maps Teams locales to our three languages', () => {
    expect(languageFromLocale('nb-NO')).toBe('nb');
    expect(languageFromLocale('no')).toBe('nb');
    expect(languageFromLocale('nn-NO')).toBe('nn');
    expect(languageFromLocale('en-US')).toBe('en');
  });

  it('leaves the choice to the default for a language we do not speak', () => {
    expect(languageFromLocale('sv-SE')).toBeNull();
    expect(languageFromLocale(null)).toBeNull();
  });
});
