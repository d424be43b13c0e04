// Rate limiting per person on /api (issue 9, 4): one token bucket per verified user (tenant + oid), so one
// person's runaway script slows only that person; callers without a valid token share one bucket per client
// address, a smaller one. A refused request is 429 with Retry-After and the usual error body.
//
// The buckets live in this process. With several instances behind the load balancer (DESIGN §8) a person
// may get up to N times the limit, spread over the instances. That is fine for what the limit is for: it
// keeps one caller from starving the others on an instance, and each instance protects itself; it is not a
// quota. A shared store would add a round trip to every request for no gain in that.
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../core/errors';
import { createKeyedLimiter, type BucketLimits } from '../../core/rate-limit';
import type { Principal, TokenVerifier } from '../auth/verify-token';
import type { AuthEnv } from './auth';

export interface RateLimitSettings {
  /** each signed-in person */
  user: BucketLimits;
  /** each client address, for requests without a valid token */
  anonymous: BucketLimits;
  /** the most buckets kept in memory; idle ones are dropped first */
  maxKeys: number;
  /** milliseconds on a monotonic clock; never the demo's clock, which may stand still */
  now: () => number;
  /**
   * take the client address from the last X-Forwarded-For entry, which the platform's front end (App Service)
   * appends; without a proxy in front that entry is the caller's own word, so only behind one
   */
  trustForwardedFor: boolean;
  /** paths under /api that are not limited here */
  exempt: (path: string) => boolean;
}

/**
 * 20 a second with a burst of 60 per person. The tab's busiest moment is opening a conversation (about ten
 * reads at once); its autosave sends one PATCH at a time, 800 ms after typing pauses (about 1 a second); the
 * round confirmation polls once a second; the load test's 200 leaders each make a few a second. None of them
 * comes near 60 at once or 20 a second for long. A script in a loop without a pause makes hundreds a second
 * and is held to 20.
 *
 * Callers without a valid token: 10 a second, burst 50 per address. What legitimately comes without one is
 * GET /api/config once per page load and a 401 when a token has expired; a whole office behind one NAT
 * address opening the tab at 08:00 stays far below 10 a second per instance, while token guessing does not.
 */
export const RATE_LIMITS: Pick<RateLimitSettings, 'user' | 'anonymous' | 'maxKeys'> = {
  user: { ratePerSecond: 20, burst: 60 },
  anonymous: { ratePerSecond: 10, burst: 50 },
  // a bucket is ~100 bytes: 100,000 of them is ~10 MB, more people than the largest municipality has
  maxKeys: 100_000,
};

export function rateLimit(settings: RateLimitSettings, verify: TokenVerifier): MiddlewareHandler<AuthEnv> {
  const limiter = createKeyedLimiter({ maxKeys: settings.maxKeys });
  return async (c, next) => {
    if (settings.exempt(c.req.path)) return next();
    const principal = await verifiedCaller(c, verify);
    // requireUser takes the principal from here instead of checking the same token twice
    if (principal) c.set('principal', principal);
    const [key, limits] = principal
      ? [`user:${principal.tenantId}:${principal.userId}`, settings.user]
      : [`addr:${clientAddress(c, settings.trustForwardedFor)}`, settings.anonymous];
    const taken = limiter.take(key, limits, settings.now());
    if (!taken.allowed) {
      c.header('Retry-After', String(Math.max(1, Math.ceil(taken.retryAfterMs / 1000))));
      throw new AppError('rate-limited', `over ${limits.ratePerSecond}/s (burst ${limits.burst})`);
    }
    await next();
  };
}

/** the caller the bearer token proves, or null (no token, or one requireUser will refuse) */
async function verifiedCaller(c: Context, verify: TokenVerifier): Promise<Principal | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  if (!match?.[1]) return null;
  return verify(match[1]).catch(() => null);
}

/** the address the request came from: the socket's, or the platform proxy's note of it */
export function clientAddress(c: Context, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const last = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (last) return withoutPort(last);
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** App Service writes "203.0.113.7:52113" and "[2001:db8::1]:52113"; the port changes per connection */
function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return v4?.[1] ?? address;
}
