import { describe, expect, it } from 'vitest';
import {
  fridayOf,
  groupByOsloDay,
  nextMonday,
  osloClock,
  otherTime,
} from '../../../src/tab/scheduling/slot-times';

// Monday 23 November 2026, 10:00 in Oslo (CET, UTC+1)
const NOW = new Date('2026-11-23T09:00:00Z');

describe('osloClock', () => {
  it('shows winter and summer instants in Oslo time', () => {
    expect(osloClock('2026-11-30T08:00:00Z')).toBe('09:00');
    expect(osloClock('2026-06-01T08:00:00Z')).toBe('10:00');
  });
});

describe('otherTime', () => {
  it('turns an Oslo date and time into the UTC instant to book', () => {
    expect(otherTime('2026-12-01', '09:30', 60, NOW)).toEqual({
      ok: true,
      start: '2026-12-01T08:30:00Z',
      outsideWorkingHours: false,
    });
  });

  it('refuses a time that has passed, and an empty field', () => {
    expect(otherTime('2026-11-23', '09:00', 60, NOW)).toEqual({ ok: false, problem: 'past' });
    expect(otherTime('', '09:00', 60, NOW)).toEqual({ ok: false, problem: 'missing' });
    expect(otherTime('2026-12-01', '', 60, NOW)).toEqual({ ok: false, problem: 'missing' });
  });

  it('flags, but allows, a conversation that starts before 08:00 or ends after 15:30', () => {
    expect(otherTime('2026-12-01', '07:00', 60, NOW)).toMatchObject({ ok: true, outsideWorkingHours: true });
    // 15:00 + 60 minutes ends 16:00, past the working day
    expect(otherTime('2026-12-01', '15:00', 60, NOW)).toMatchObject({ ok: true, outsideWorkingHours: true });
    expect(otherTime('2026-12-01', '14:30', 60, NOW)).toMatchObject({ ok: true, outsideWorkingHours: false });
  });
});

describe('groupByOsloDay', () => {
  it('groups by the Oslo day, days and times in order', () => {
    const days = groupByOsloDay([
      { start: '2026-12-01T13:00:00Z', name: 'C' },
      { start: '2026-11-30T08:00:00Z', name: 'A' },
      // 00:30 on 1 December in Oslo, still 30 November in UTC
      { start: '2026-11-30T23:30:00Z', name: 'B' },
    ]);
    expect(days.map((d) => [d.date, d.items.map((i) => i.name)])).toEqual([
      ['2026-11-30', ['A']],
      ['2026-12-01', ['B', 'C']],
    ]);
  });

  it('gives no days for no placements', () => {
    expect(groupByOsloDay([])).toEqual([]);
  });
});

describe('round period', () => {
  it('starts on the next Monday and ends on the Friday three weeks on', () => {
    expect(nextMonday('2026-11-23')).toBe('2026-11-30'); // a Monday: the next one
    expect(nextMonday('2026-11-27')).toBe('2026-11-30'); // a Friday
    expect(nextMonday('2026-11-29')).toBe('2026-11-30'); // a Sunday
    expect(fridayOf('2026-11-30', 3)).toBe('2026-12-18');
  });
});
