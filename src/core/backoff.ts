// Retrying a bot message Teams turned away. Teams' guidance ("Optimize your bot with rate limiting in
// Teams"): retry 429 with exponential backoff and random jitter, so many senders that were throttled
// together do not all come back in the same millisecond; retry 412, 502 and 504 the same way. A Retry-After
// from Teams is honoured: coming back earlier only earns another 429.
//
// Pure: the caller passes the random number (0 ≤ random < 1) and the previous delay.

/** Statuses worth another try; any other failure is final (403: the app was removed; 400: our bug). */
export const RETRYABLE_STATUSES: readonly number[] = [429, 412, 502, 504];

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.includes(status);
}

export interface BackoffPolicy {
  /** the first retry's scale: attempt 1 waits up to this long */
  baseMs: number;
  /** no delay is longer than this, a Retry-After included */
  capMs: number;
  /**
   * full: a random delay between 0 and base·2^(attempt-1); decorrelated: between base and three times the
   * previous delay (AWS's "Exponential Backoff And Jitter"). Both spread a thundering herd; decorrelated
   * grows more smoothly when many retries of one message follow each other.
   */
  jitter: 'full' | 'decorrelated';
}

/**
 * Defaults for chat messages: a first retry within a second, never more than a minute between tries (a
 * reminder an hour late is worse than one more 429), full jitter.
 */
export const MESSAGE_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000, jitter: 'full' };

export interface RetryDelayInput {
  /** which retry this is: 1 after the first failure */
  attempt: number;
  /** 0 ≤ random < 1 */
  random: number;
  /** what Teams asked for in Retry-After, in milliseconds; null when it said nothing */
  retryAfterMs?: number | null;
  /** the delay before the previous try (decorrelated jitter grows from it); the base when unknown */
  previousDelayMs?: number | null;
}

/** Milliseconds to wait before the next try. */
export function retryDelayMs(input: RetryDelayInput, policy: BackoffPolicy = MESSAGE_BACKOFF): number {
  const { baseMs, capMs } = policy;
  const random = Math.min(Math.max(input.random, 0), 1);
  const attempt = Math.max(1, Math.floor(input.attempt));
  let delay: number;
  if (policy.jitter === 'full') {
    // 2 ** 1000 is Infinity, and Infinity * 0 is NaN: cap the exponent before multiplying
    const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 30));
    delay = random * ceiling;
  } else {
    const previous = Math.max(baseMs, input.previousDelayMs ?? baseMs);
    delay = Math.min(capMs, baseMs + random * (previous * 3 - baseMs));
  }
  const retryAfter = input.retryAfterMs ?? null;
  if (retryAfter !== null && retryAfter > 0) {
    // Retry-After is the earliest moment; a little jitter on top (at most a tenth of it, at most the base)
    // keeps a burst of throttled sends from returning together, each of them on the dot.
    delay = retryAfter + random * Math.min(baseMs, retryAfter / 10);
  }
  return Math.round(Math.min(delay, capMs));
}

/** Retry-After as Teams (HTTP) sends it, seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  if (header === null || header === undefined) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
