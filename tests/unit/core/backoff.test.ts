import { describe, expect, it } from 'vitest';
import { isRetryableStatus, MESSAGE_BACKOFF, parseRetryAfter, retryDelayMs } from '../../../src/core/backoff';

describe('retrying a bot message (Teams: 429, 412, 502, 504 with backoff and jitter)', () => {
  it('retries exactly the statuses Teams names, nothing else', () => {
    expect([429, 412, 502, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 500, 503].some(isRetryableStatus)).toBe(false);
  });

  it('full jitter: the ceiling doubles per attempt, 1 s, 2 s, 4 s …, and the delay is anywhere below it', () => {
    const ceilings = [1, 2, 3, 4, 5].map((attempt) => retryDelayMs({ attempt, random: 0.999999 }));
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(retryDelayMs({ attempt: 3, random: 0 })).toBe(0);
    expect(retryDelayMs({ attempt: 3, random: 0.5 })).toBe(2_000);
  });

  it('never waits longer than the cap of one minute, however many attempts', () => {
    expect(retryDelayMs({ attempt: 7, random: 0.999999 })).toBe(60_000); // 64 s would pass the cap
    expect(retryDelayMs({ attempt: 2_000, random: 0.999999 })).toBe(60_000);
    expect(Number.isFinite(retryDelayMs({ attempt: 2_000, random: 0 }))).toBe(true);
  });

  it('honours Retry-After 3 s: never earlier, and throttled sends do not all return in one millisecond', () => {
    expect(retryDelayMs({ attempt: 1, random: 0, retryAfterMs: 3_000 })).toBe(3_000);
    const spread = [0.1, 0.5, 0.9].map((random) => retryDelayMs({ attempt: 1, random, retryAfterMs: 3_000 }));
    expect(spread).toEqual([3_030, 3_150, 3_270]);
    // Retry-After wins over a shorter backoff even on a late attempt with small random
    expect(retryDelayMs({ attempt: 6, random: 0.01, retryAfterMs: 3_000 })).toBeGreaterThanOrEqual(3_000);
  });

  it('caps a Retry-After beyond the cap: a reminder waits a minute, not the day a broken header asks', () => {
    expect(retryDelayMs({ attempt: 1, random: 0.5, retryAfterMs: 86_400_000 })).toBe(60_000);
  });

  it('decorrelated jitter: between the base and three times the previous delay', () => {
    const policy = { ...MESSAGE_BACKOFF, jitter: 'decorrelated' as const };
    expect(retryDelayMs({ attempt: 2, random: 0, previousDelayMs: 4_000 }, policy)).toBe(1_000);
    expect(retryDelayMs({ attempt: 2, random: 1, previousDelayMs: 4_000 }, policy)).toBe(12_000);
    expect(retryDelayMs({ attempt: 9, random: 1, previousDelayMs: 50_000 }, policy)).toBe(60_000);
    expect(retryDelayMs({ attempt: 1, random: 1 }, policy)).toBe(3_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 07:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
