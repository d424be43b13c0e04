// Entra ID token validation, with locally generated keys: one valid token and each way a token can be wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JWTVerifyGetKey,
  type CryptoKey,
} from 'jose';
import { createTokenVerifier, type TokenVerifier } from '../../../src/server/auth/verify-token';

const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-2222-4333-8444-555555555555';
const AUDIENCE = 'api://samtale.example/6f1c2a4e-0000-4000-8000-000000000001';
const AUTHORITY = 'https://login.microsoftonline.com';
const USER = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const NOW = Math.floor(Date.UTC(2026, 10, 23, 12, 0, 0) / 1000);

let key: CryptoKey;
let otherKey: CryptoKey;
let keys: JWTVerifyGetKey;
let verify: TokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  key = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
  keys = createLocalJWKSet({ keys: [jwk] });
  verify = createTokenVerifier({
    tenantId: TENANT,
    audiences: [AUDIENCE],
    keys,
    authorityHost: AUTHORITY,
    requiredScope: 'access_as_user',
    clockToleranceSeconds: 0,
  });
});

interface TokenParts {
  claims?: Record<string, unknown>;
  iss?: string;
  aud?: string;
  iat?: number;
  nbf?: number;
  exp?: number;
  kid?: string;
  signWith?: CryptoKey;
}

function token(p: TokenParts = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ oid: USER, tid: TENANT, scp: 'access_as_user', name: 'Åse Bråten', ...p.claims })
    .setProtectedHeader({ alg: 'RS256', kid: p.kid ?? 'k1' })
    .setIssuer(p.iss ?? `${AUTHORITY}/${TENANT}/v2.0`)
    .setAudience(p.aud ?? AUDIENCE)
    .setIssuedAt(p.iat ?? now)
    .setNotBefore(p.nbf ?? now)
    .setExpirationTime(p.exp ?? now + 3600)
    .sign(p.signWith ?? key);
}

function unsignedToken(): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    oid: USER,
    tid: TENANT,
    scp: 'access_as_user',
    iss: `${AUTHORITY}/${TENANT}/v2.0`,
    aud: AUDIENCE,
    iat: now,
    exp: now + 3600,
  };
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(payload)}.`;
}

async function rejects(t: string | Promise<string>) {
  await expect(verify(await t)).rejects.toMatchObject({ name: 'AppError', code: 'unauthenticated' });
}

describe('Entra ID access token validation', () => {
  it('accepts a valid v2.0 token and returns the principal', async () => {
    const principal = await verify(await token({ claims: { roles: ['Samtale.HR'] } }));
    expect(principal).toEqual({
      userId: USER,
      tenantId: TENANT,
      name: 'Åse Bråten',
      appRoles: ['Samtale.HR'],
    });
  });

  it('accepts a v1.0 token from sts.windows.net for the same tenant', async () => {
    await expect(verify(await token({ iss: `https://sts.windows.net/${TENANT}/` }))).resolves.toMatchObject({
      userId: USER,
    });
  });

  it('rejects a token for another audience', () => rejects(token({ aud: 'api://someone-else' })));
  it('rejects a token from another issuer', () => rejects(token({ iss: 'https://evil.example/v2.0' })));
  it('rejects a token from another tenant (issuer and tid)', () =>
    rejects(token({ iss: `${AUTHORITY}/${OTHER_TENANT}/v2.0`, claims: { tid: OTHER_TENANT } })));
  it('rejects a token whose tid differs from the issuer tenant', () =>
    rejects(token({ claims: { tid: OTHER_TENANT } })));
  it('rejects an expired token', () => rejects(token({ iat: NOW - 7200, nbf: NOW - 7200, exp: NOW - 3600 })));
  it('rejects a token that is not yet valid', () => {
    const later = Math.floor(Date.now() / 1000) + 3600;
    return rejects(token({ nbf: later, exp: later + 3600 }));
  });
  it('rejects alg: none', () => rejects(unsignedToken()));
  it('rejects a bad signature (signed by another key under the same kid)', () =>
    rejects(token({ signWith: otherKey })));
  it('rejects an unknown key id', () => rejects(token({ kid: 'unknown' })));
  it('rejects a token without our scope', () => rejects(token({ claims: { scp: 'User.Read' } })));
  it('rejects an app-only token (no user object id)', () => rejects(token({ claims: { oid: undefined } })));
  it('rejects garbage', () => rejects('not.a.token'));
});
