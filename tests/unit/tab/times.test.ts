import { describe, expect, it } from 'vitest';
import { parseTimeInput } from '../../../src/tab/i18n/times';

const hhmm = (text: string) => {
  const parsed = parseTimeInput(text);
  return parsed.kind === 'time' ? parsed.hhmm : parsed.kind;
};

describe('parseTimeInput: a time of day as a Norwegian leader types it', () => {
  it('reads hours alone, with minutes, with a colon, a dot or nothing between', () => {
    expect(hhmm('9')).toBe('09:00');
    expect(hhmm('14')).toBe('14:00');
    expect(hhmm('9:30')).toBe('09:30');
    expect(hhmm('09.30')).toBe('09:30');
    expect(hhmm('930')).toBe('09:30');
    expect(hhmm('0930')).toBe('09:30');
    expect(hhmm(' 15:45 ')).toBe('15:45');
    expect(hhmm('0:00')).toBe('00:00');
    expect(hhmm('23:59')).toBe('23:59');
  });

  it('refuses what is no time of day, and says when nothing is typed', () => {
    expect(hhmm('')).toBe('empty');
    expect(hhmm('24:00')).toBe('invalid');
    expect(hhmm('9:60')).toBe('invalid');
    expect(hhmm('9:5')).toBe('invalid');
    expect(hhmm('9 pm')).toBe('invalid');
    expect(hhmm('12345')).toBe('invalid');
    expect(hhmm('ni')).toBe('invalid');
  });
});
