// Token buckets per caller, pure: the time comes in as milliseconds on a monotonic clock, so a test can stand
// still or jump. A bucket holds at most `burst` tokens, gains `ratePerSecond` a second, and a request takes
// one; an empty bucket says how long until the next token.

export interface BucketLimits {
  /** tokens added per second: the sustained rate one caller may keep up */
  ratePerSecond: number;
  /** the most tokens a bucket holds: how many requests may come at once after a pause */
  burst: number;
}

export interface Bucket {
  tokens: number;
  /** when `tokens` was counted (ms) */
  at: number;
}

export type Taken =
  | { allowed: true; bucket: Bucket }
  | { allowed: false; bucket: Bucket; /** until one token is back */ retryAfterMs: number };

/** the bucket as it stands at `now`: refilled for the time since it was counted, never above burst */
export function refill(bucket: Bucket | undefined, limits: BucketLimits, now: number): Bucket {
  if (!bucket) return { tokens: limits.burst, at: now };
  // a clock that went backwards (it should not: monotonic) refills nothing rather than draining the bucket
  const elapsedMs = Math.max(0, now - bucket.at);
  const tokens = Math.min(limits.burst, bucket.tokens + (elapsedMs * limits.ratePerSecond) / 1000);
  return { tokens, at: Math.max(now, bucket.at) };
}

/** one request: a token taken, or refused with the wait until the next one */
export function take(bucket: Bucket | undefined, limits: BucketLimits, now: number): Taken {
  const current = refill(bucket, limits, now);
  if (current.tokens >= 1) return { allowed: true, bucket: { ...current, tokens: current.tokens - 1 } };
  const retryAfterMs = Math.ceil(((1 - current.tokens) / limits.ratePerSecond) * 1000);
  return { allowed: false, bucket: current, retryAfterMs };
}

/** a bucket that has refilled completely is the same as none: it can be forgotten */
export function isFull(bucket: Bucket, limits: BucketLimits, now: number): boolean {
  return refill(bucket, limits, now).tokens >= limits.burst;
}

export interface KeyedLimiterOptions {
  /** the most buckets kept; past it, full ones are dropped first, then the longest unused */
  maxKeys: number;
}

/**
 * Buckets by key (a user, an address) with bounded memory: a bucket is dropped once it is full again, since
 * a new one would be the same; when there are still more than `maxKeys` (many callers at once), the ones
 * unused longest go. Dropping a bucket that was not full only forgives that caller a little.
 */
export function createKeyedLimiter(options: KeyedLimiterOptions) {
  // Map keeps insertion order; a key is moved to the end on each use, so the front is the least recently used
  const buckets = new Map<string, { bucket: Bucket; limits: BucketLimits }>();
  let sinceSweep = 0;

  function sweep(now: number) {
    for (const [key, entry] of buckets) if (isFull(entry.bucket, entry.limits, now)) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size <= options.maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    take(key: string, limits: BucketLimits, now: number): Taken {
      const entry = buckets.get(key);
      const taken = take(entry?.bucket, limits, now);
      buckets.delete(key);
      buckets.set(key, { bucket: taken.bucket, limits });
      // sweeping costs one pass over the map, so it runs once per maxKeys/4 requests or when over the bound
      if (++sinceSweep >= Math.max(64, options.maxKeys / 4) || buckets.size > options.maxKeys) {
        sinceSweep = 0;
        sweep(now);
      }
      return taken;
    },
    /** how many buckets are held now (tests, diagnostics) */
    size: () => buckets.size,
  };
}

export type KeyedLimiter = ReturnType<typeof createKeyedLimiter>;
