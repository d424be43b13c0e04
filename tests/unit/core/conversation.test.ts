import { describe, expect, it } from 'vitest';
import { daysAhead } from '../../../src/core/conversation';

describe('days ahead of a meeting (000: innkalling 1-2 uker i forveien)', () => {
  it('counts Oslo calendar days, not 24-hour periods', () => {
    const mondayMorning = new Date('2026-11-23T09:00:00Z'); // 10:00 in Oslo
    expect(daysAhead(mondayMorning, '2026-11-30T07:00:00Z')).toBe(7); // next Monday 08:00 Oslo
    expect(daysAhead(mondayMorning, '2026-11-29T22:30:00Z')).toBe(6); // Sunday 23:30 Oslo
  });

  it('uses the Oslo date around midnight and across the change to summer time', () => {
    const lateSaturday = new Date('2026-03-28T23:30:00Z'); // already Sunday 00:30 in Oslo
    expect(daysAhead(lateSaturday, '2026-04-05T06:00:00Z')).toBe(7); // Sunday 5 April 08:00 (CEST)
  });
});
