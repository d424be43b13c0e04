// Token bucket maths on a clock the test holds (issue 9, 4: rate limiting per user).
import { describe, expect, it } from 'vitest';
import { createKeyedLimiter, isFull, refill, take, type Bucket } from '../../../src/core/rate-limit';

const LIMITS = { ratePerSecond: 20, burst: 60 };

function drain(times: number, now: number, start?: Bucket) {
  let bucket = start;
  const results: boolean[] = [];
  for (let i = 0; i < times; i++) {
    const taken = take(bucket, LIMITS, now);
    results.push(taken.allowed);
    bucket = taken.bucket;
  }
  return { bucket: bucket!, results };
}

describe('a token bucket', () => {
  it('lets a burst of 60 through at one instant and refuses the 61st for 50 ms (one token at 20/s)', () => {
    const { bucket, results } = drain(60, 1000);
    expect(results.every(Boolean)).toBe(true);
    const refused = take(bucket, LIMITS, 1000);
    expect(refused).toMatchObject({ allowed: false, retryAfterMs: 50 });
    // 49 ms later there is still no whole token; at 50 ms there is
    expect(take(bucket, LIMITS, 1049).allowed).toBe(false);
    expect(take(bucket, LIMITS, 1050).allowed).toBe(true);
  });

  it('keeps up 20 requests a second forever once the burst is spent', () => {
    let { bucket } = drain(60, 0);
    let allowed = 0;
    for (let ms = 0; ms <= 10_000; ms += 50) {
      const taken = take(bucket, LIMITS, ms);
      if (taken.allowed) allowed++;
      bucket = taken.bucket;
    }
    expect(allowed).toBe(200); // 10 s at 20/s: one token per 50 ms, nothing more
  });

  it('refills to the burst and no further after a pause', () => {
    const { bucket } = drain(60, 0);
    expect(refill(bucket, LIMITS, 1500).tokens).toBe(30);
    expect(refill(bucket, LIMITS, 60_000).tokens).toBe(60);
    expect(isFull(bucket, LIMITS, 2999)).toBe(false);
    expect(isFull(bucket, LIMITS, 3000)).toBe(true);
  });

  it('does not drain when the clock steps back', () => {
    const { bucket } = drain(10, 5000);
    expect(refill(bucket, LIMITS, 1000).tokens).toBe(50);
  });
});

describe('buckets by key', () => {
  it('keeps one caller’s empty bucket from touching another’s', () => {
    const limiter = createKeyedLimiter({ maxKeys: 100 });
    for (let i = 0; i < 60; i++) limiter.take('user:a', LIMITS, 0);
    expect(limiter.take('user:a', LIMITS, 0).allowed).toBe(false);
    expect(limiter.take('user:b', LIMITS, 0).allowed).toBe(true);
  });

  it('forgets buckets that refilled, and never holds more than maxKeys', () => {
    const limiter = createKeyedLimiter({ maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`ip:${i}`, LIMITS, i);
    expect(limiter.size()).toBeLessThanOrEqual(100);
    // an hour later everyone is idle: the next sweep drops them all but the one just used
    for (let i = 0; i < 64; i++) limiter.take('user:late', LIMITS, 3_600_000);
    expect(limiter.size()).toBe(1);
  });

  it('drops the longest unused first when too many are busy, so an active caller keeps its count', () => {
    const limiter = createKeyedLimiter({ maxKeys: 10 });
    for (let i = 0; i < 60; i++) limiter.take('user:busy', LIMITS, 0);
    for (let i = 0; i < 50; i++) {
      limiter.take(`ip:${i}`, LIMITS, 0);
      limiter.take('user:busy', LIMITS, 0); // keeps being used, so it is never the oldest
    }
    expect(limiter.take('user:busy', LIMITS, 0).allowed).toBe(false);
  });
});
