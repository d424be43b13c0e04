// Outlook serves at most four concurrent requests per mailbox and answers the fifth with 429 and
// Retry-After (Graph throttling limits, "Outlook service limits"); the product must pace itself under it.
import type { MiddlewareHandler } from 'hono';
import { graphError } from './errors';
import type { EmulatorEnv } from './exchange';

export const MAILBOX_CONCURRENCY = 4;

export interface MailboxThrottle {
  middleware(): MiddlewareHandler<EmulatorEnv>;
  /** the most requests one mailbox had in flight at once, over all mailboxes */
  maxInFlight(): number;
  /** how many requests were refused for concurrency */
  throttled(): number;
}

export interface MailboxThrottleOptions {
  /** the mailbox's stable key (object id) from the id or address in the path */
  resolve: (idOrMail: string) => string | undefined;
  /** how long each mailbox request takes, so concurrency is real in tests; default 0 */
  latencyMs?: number;
  retryAfterSeconds?: number;
}

const MAILBOX_PATH = /^\/v1\.0\/users\/([^/]+)\/(events|calendar)(\/|$)/;

export function createMailboxThrottle(options: MailboxThrottleOptions): MailboxThrottle {
  const inFlight = new Map<string, number>();
  let max = 0;
  let throttled = 0;
  return {
    maxInFlight: () => max,
    throttled: () => throttled,
    middleware: () => async (c, next) => {
      const raw = MAILBOX_PATH.exec(new URL(c.req.url).pathname)?.[1];
      if (raw === undefined) return next();
      const key = options.resolve(decodeURIComponent(raw)) ?? raw.toLowerCase();
      const now = inFlight.get(key) ?? 0;
      if (now >= MAILBOX_CONCURRENCY) {
        throttled += 1;
        c.header('Retry-After', String(options.retryAfterSeconds ?? 1));
        return graphError(
          c,
          429,
          'ApplicationThrottled',
          'Application is over its MailboxConcurrency limit.',
        );
      }
      inFlight.set(key, now + 1);
      max = Math.max(max, now + 1);
      try {
        if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
        await next();
      } finally {
        inFlight.set(key, (inFlight.get(key) ?? 1) - 1);
      }
    },
  };
}
