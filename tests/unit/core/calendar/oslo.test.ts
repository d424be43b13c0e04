import { describe, expect, it } from 'vitest';
import { formatDate, formatOslo, osloDateOf, osloToUtc } from '../../../../src/core/calendar/oslo';

describe('Europe/Oslo', () => {
  it('keeps 09:00 at 09:00 across the spring DST change (29 March 2026)', () => {
    expect(osloToUtc('2026-03-27', '09:00')).toBe('2026-03-27T08:00:00Z');
    expect(osloToUtc('2026-03-30', '09:00')).toBe('2026-03-30T07:00:00Z');
    expect(formatOslo('2026-03-30T07:00:00Z')).toBe('30.03.2026 kl. 09:00');
  });

  it('keeps 09:00 at 09:00 across the autumn DST change (25 October 2026)', () => {
    expect(osloToUtc('2026-10-23', '09:00')).toBe('2026-10-23T07:00:00Z');
    expect(osloToUtc('2026-10-26', '09:00')).toBe('2026-10-26T08:00:00Z');
  });

  it('gives the Oslo date of an instant late in the UTC evening', () => {
    expect(osloDateOf('2026-03-28T23:30:00Z')).toBe('2026-03-29');
    expect(osloDateOf('2026-07-01T21:59:00Z')).toBe('2026-07-01');
    expect(osloDateOf('2026-07-01T22:00:00Z')).toBe('2026-07-02');
  });

  it('writes dates the Norwegian way', () => {
    expect(formatDate('2026-05-17')).toBe('17.05.2026');
  });
});
