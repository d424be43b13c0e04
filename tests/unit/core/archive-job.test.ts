import { describe, expect, it } from 'vitest';
import { backoffMs, isDue, newArchiveJob } from '../../../src/core/archive-job';

const HASH = 'a'.repeat(64);

describe('archive job backoff', () => {
  it('waits 30 s, 1 min, 2 min, 4 min … and never more than an hour', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 0))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(8, 0)).toBe(3_600_000); // 64 min would be more than the cap
    expect(backoffMs(30, 0.99)).toBe(3_600_000);
  });

  it('spreads retries by up to 20 % so jobs failed in one outage do not return in the same second', () => {
    expect(backoffMs(1, 0.5)).toBe(33_000);
    expect(backoffMs(2, 0.999)).toBeLessThan(72_000);
    expect(backoffMs(2, 0.999)).toBeGreaterThan(60_000);
  });
});

describe('a due job', () => {
  const job = newArchiveJob({ conversationId: 'c1', contentHash: HASH, requestedAt: '2026-11-23T09:00:00Z' });

  it('is due at its time, and not while another instance holds a live lease', () => {
    const at = new Date('2026-11-23T09:00:00Z');
    expect(isDue(job, at)).toBe(true);
    const leased = { ...job, lease: { owner: 'b', until: '2026-11-23T09:05:00Z' } };
    expect(isDue(leased, at)).toBe(false);
    expect(isDue(leased, new Date('2026-11-23T09:05:00Z'))).toBe(true); // the holder died
    expect(isDue({ ...job, nextAttemptAt: '2026-11-23T09:00:30Z' }, at)).toBe(false);
    expect(isDue({ ...job, status: 'done' }, at)).toBe(false);
  });
});
