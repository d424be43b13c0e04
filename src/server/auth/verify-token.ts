// Validates an Entra ID access token fully: signature (RS256 against the tenant's keys), issuer,
// audience, tenant, expiry and not-before. The demo signs its tokens with a local key and goes through
// this same check, so there is one path from bearer token to principal.
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../../core/errors';

/** Who is calling, as the token says. */
export interface Principal {
  /** Entra object id of the user (claim `oid`) */
  userId: string;
  tenantId: string;
  name: string | null;
  /** app roles assigned to the user (claim `roles`), e.g. Samtale.HR */
  appRoles: string[];
}

export interface TokenVerifierOptions {
  /** the one tenant this deployment serves */
  tenantId: string;
  /** accepted audiences: the API's application id URI and/or its client id */
  audiences: string[];
  /** the signing keys, e.g. createRemoteJWKSet(...) in production */
  keys: JWTVerifyGetKey;
  /** e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** the delegated scope the tab asks for; a token without it is not for us */
  requiredScope: string;
  /** seconds of clock skew tolerated */
  clockToleranceSeconds?: number;
  /** the time to check expiry against; default: the real clock (the demo may run on a fixed one) */
  now?: () => Date;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export function entraIssuers(authorityHost: string, tenantId: string): string[] {
  // v2.0 tokens carry the login host; v1.0 tokens (an API whose manifest says accessTokenAcceptedVersion 1) carry sts.windows.net.
  return [`${authorityHost}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

export function createTokenVerifier(opts: TokenVerifierOptions): TokenVerifier {
  const issuers = entraIssuers(opts.authorityHost, opts.tenantId);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, opts.keys, {
        issuer: issuers,
        audience: opts.audiences,
        algorithms: ['RS256'],
        clockTolerance: opts.clockToleranceSeconds ?? 60,
        requiredClaims: ['exp', 'iat', 'oid', 'tid'],
        ...(opts.now ? { currentDate: opts.now() } : {}),
      }));
    } catch (error) {
      throw new AppError('unauthenticated', `token rejected: ${describe(error)}`);
    }
    if (payload.tid !== opts.tenantId) throw new AppError('unauthenticated', 'token from another tenant');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(opts.requiredScope)) {
      throw new AppError('unauthenticated', `token lacks scope ${opts.requiredScope}`);
    }
    const oid = payload.oid;
    if (typeof oid !== 'string' || !/^[0-9a-f-]{36}$/i.test(oid)) {
      throw new AppError('unauthenticated', 'token without a user object id');
    }
    return {
      userId: oid.toLowerCase(),
      tenantId: opts.tenantId,
      name: typeof payload.name === 'string' ? payload.name : null,
      appRoles: Array.isArray(payload.roles) ? payload.roles.filter((r) => typeof r === 'string') : [],
    };
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JOSEError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
