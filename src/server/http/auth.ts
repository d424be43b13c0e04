import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../core/errors';
import type { Principal, TokenVerifier } from '../auth/verify-token';

export type AuthEnv = { Variables: { principal: Principal } };

/** Requires a valid bearer token and puts the caller's principal on the context. */
export function requireUser(verify: TokenVerifier): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    // the rate limiter (rate-limit.ts) checked this request's token already with the same verifier
    if (c.get('principal')) return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('unauthenticated', 'no bearer token');
    c.set('principal', await verify(match[1]));
    await next();
  };
}
