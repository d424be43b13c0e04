// Failures on demand, for tests of what the product does when Graph throttles, falls over or hangs:
// `faults.inject({ path: /events/, status: 429, retryAfterSeconds: 1, times: 3 })`. A fault answers in
// Graph's error shape; a delay lets the request do its work and holds back the answer, as a lost response
// does (the retry must then find the work done, not do it twice).
import type { MiddlewareHandler } from 'hono';
import { graphError } from './errors';
import type { EmulatorEnv } from './exchange';

export interface FaultSpec {
  /** matched against the path and query, e.g. /\/events/; every request when absent */
  path?: RegExp;
  method?: string;
  /** answer with this status instead of the route's (429, 503 ...; 403 as for a permission not granted) */
  status?: 403 | 429 | 500 | 502 | 503 | 504;
  /** sent as Retry-After with the status */
  retryAfterSeconds?: number;
  /** hold the answer back this long after the route ran (a client timeout) */
  delayMs?: number;
  /** how many matching requests it hits; default 1 */
  times?: number;
}

export interface Faults {
  inject(spec: FaultSpec): void;
  /** drops pending faults and releases answers held back by a delay */
  clear(): void;
  /** how many requests a fault hit so far */
  hits(): number;
  middleware(): MiddlewareHandler<EmulatorEnv>;
}

const ERRORS: Record<number, [string, string]> = {
  403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  429: ['ApplicationThrottled', 'Application is over its MailboxConcurrency limit.'],
  500: ['InternalServerError', 'An internal server error occurred.'],
  502: ['BadGateway', 'The service is unavailable.'],
  503: ['ServiceNotAvailable', 'The service is temporarily unavailable. Please retry after some time.'],
  504: ['GatewayTimeout', 'The gateway timed out.'],
};

export function createFaults(): Faults {
  let pending: (FaultSpec & { left: number })[] = [];
  let hits = 0;
  let release = new AbortController();

  const take = (method: string, url: string) => {
    const fault = pending.find(
      (f) => f.left > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(url)),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    hits += 1;
    pending = pending.filter((f) => f.left > 0);
    return fault;
  };

  return {
    inject: (spec) => pending.push({ ...spec, left: spec.times ?? 1 }),
    clear() {
      pending = [];
      release.abort();
      release = new AbortController();
    },
    hits: () => hits,
    middleware: () => async (c, next) => {
      const url = new URL(c.req.url);
      const fault = take(c.req.method, url.pathname + url.search);
      if (!fault) return next();
      if (fault.status) {
        const [code, message] = ERRORS[fault.status] ?? ['ServiceError', 'The service failed.'];
        if (fault.retryAfterSeconds !== undefined) c.header('Retry-After', String(fault.retryAfterSeconds));
        return graphError(c, fault.status, code, message);
      }
      await next();
      if (fault.delayMs) await sleep(fault.delayMs, release.signal);
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
