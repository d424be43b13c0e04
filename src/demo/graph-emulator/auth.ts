// Who is calling. The emulator is a test double: it reads the token's claims without checking the
// signature (the server's own token validation is tested elsewhere), but it does insist on a token,
// and tells delegated callers (a user's oid) from app-only ones, as Graph does for /me.
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { graphError } from './errors';
import type { EmulatorEnv } from './exchange';

export type Caller = { kind: 'delegated'; oid: string } | { kind: 'app' };

const ZClaims = z.object({
  oid: z.string().optional(),
  /** Entra sets idtyp 'app' on app-only tokens, which also carry the service principal's oid */
  idtyp: z.string().optional(),
  /** expiry, seconds since 1970 */
  exp: z.number().optional(),
});
export type TokenClaims = z.infer<typeof ZClaims> & { tid?: string; name?: string };

/** An unsigned JWT the emulator accepts: { oid } for a signed-in user, {} or { idtyp: 'app' } for an app. */
export function emulatorToken(claims: TokenClaims): string {
  const part = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

export function requireToken(): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return graphError(c, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const claims = ZClaims.safeParse(decodePayload(token));
    if (!claims.success)
      return graphError(c, 401, 'InvalidAuthenticationToken', 'IDX14100: JWT is not well formed.');
    const { oid, idtyp, exp } = claims.data;
    if (exp !== undefined && exp * 1000 < Date.now()) {
      return graphError(
        c,
        401,
        'InvalidAuthenticationToken',
        'Lifetime validation failed, the token is expired.',
      );
    }
    c.set('caller', oid && idtyp !== 'app' ? { kind: 'delegated', oid } : { kind: 'app' });
    await next();
  };
}

function decodePayload(token: string): unknown {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
