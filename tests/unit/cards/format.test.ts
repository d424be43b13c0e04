// Times on cards are Oslo time in the reader's language (DESIGN §4), across the DST change too.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatMeetingTime } from '../../../src/cards/format';

describe('meeting times on cards', () => {
  it('shows a winter meeting in Oslo time in bokmål, nynorsk and English', () => {
    const [start, end] = ['2026-11-30T07:00:00Z', '2026-11-30T08:30:00Z'];
    expect(formatMeetingTime(start, end, 'nb')).toBe('mandag 30. november 2026 kl. 08:00–09:30');
    expect(formatMeetingTime(start, end, 'nn')).toBe('måndag 30. november 2026 kl. 08:00–09:30');
    expect(formatMeetingTime(start, end, 'en')).toBe('Monday 30 November 2026, 08:00–09:30');
  });

  it('shows a summer meeting two hours ahead of UTC (CEST)', () => {
    expect(formatMeetingTime('2026-06-15T06:00:00Z', '2026-06-15T07:00:00Z', 'nb')).toBe(
      'mandag 15. juni 2026 kl. 08:00–09:00',
    );
  });

  it('keeps a deadline on its calendar day and says how long a meeting is', () => {
    expect(formatDate('2027-03-31', 'nb')).toBe('31. mars 2027');
    expect(formatDate('2027-03-31', 'en')).toBe('31 March 2027');
    expect(formatDuration('2026-11-30T07:00:00Z', '2026-11-30T08:30:00Z', 'nb')).toBe('1 t 30 min');
    expect(formatDuration('2026-11-30T07:00:00Z', '2026-11-30T07:45:00Z', 'en')).toBe('45 min');
    expect(formatDuration('2026-11-30T07:00:00Z', '2026-11-30T09:00:00Z', 'en')).toBe('2 h');
  });
});
