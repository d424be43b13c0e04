// One retry rule for every calendar request, single or $batch item: throttling (429) and an unavailable
// service (503, 504) are retried after Graph's Retry-After, or a growing pause when it sends none; a
// request that gets no answer within the timeout is retried too. That is safe only because every
// calendar write is idempotent: creation carries a transactionId, a move sets absolute times, a cancel
// of a cancelled event is a 404 we accept. The SDK's own RetryHandler is turned off for these requests
// so the pauses, the cap and the count of attempts are ours and the same for batch items.
import { GraphError } from '@microsoft/microsoft-graph-client';

export interface RetryPolicy {
  /** tries per request, the first included; default 6 */
  maxAttempts: number;
  /** longest pause, whatever Retry-After says (tests set it low); default 60 s */
  maxDelayMs: number;
  /** first pause without Retry-After, doubled each time; default 1 s */
  baseDelayMs: number;
  /** no answer by then counts as a failed try; default 30 s */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  maxDelayMs: 60_000,
  baseDelayMs: 1000,
  timeoutMs: 30_000,
};

export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** the pause before try `attempt + 1` (attempt counts from 1) */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: string | null | undefined,
): number {
  const seconds = retryAfter === null || retryAfter === undefined ? NaN : Number(retryAfter);
  const wanted =
    Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(wanted, policy.maxDelayMs);
}

/** a GraphError worth another try: throttled, unavailable, or no answer at all (timeout, network) */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof GraphError)) return true;
  return error.statusCode <= 0 || RETRYABLE_STATUS.has(error.statusCode);
}

export function retryAfterOf(error: unknown): string | null {
  return error instanceof GraphError ? (error.headers?.get('Retry-After') ?? null) : null;
}

/** runs `send` with a fresh timeout signal per try until it succeeds, fails for good, or tries run out */
export async function withRetry<T>(
  policy: RetryPolicy,
  send: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(AbortSignal.timeout(policy.timeoutMs));
    } catch (error) {
      if (attempt >= policy.maxAttempts || !isRetryable(error)) throw error;
      await sleep(retryDelayMs(policy, attempt, retryAfterOf(error)));
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
