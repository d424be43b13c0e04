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
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import type { Calendar } from '../../../src/ports/calendar';
import { createTokenVerifier, type TokenVerifier } from '../../../src/server/auth/verify-token';
import { createHttpApp } from '../../../src/server/http/app';

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

// The same negatives through the HTTP layer (issue 9): the server's own app in production mode with this
// verifier answers each with 401 unauthenticated before any use case runs; the valid token is the control.
describe('each bad token through the API', () => {
  const directoryCalls: string[] = [];
  const person = {
    id: USER,
    displayName: 'Åse Bråten',
    givenName: 'Åse',
    surname: 'Bråten',
    mail: 'ase.braten@kommune.example',
    jobTitle: 'Rådgiver',
    department: null,
    employeeNumber: null,
    startDate: null,
    endDate: null,
    employeeType: null,
    positionPercent: null,
    preferredLanguage: 'nb-NO',
  };
  const app = () =>
    createHttpApp({
      publicConfig: { mode: 'production', tenantId: TENANT, clientId: AUDIENCE.slice(-36), apiScope: null },
      verify,
      directory: {
        getPerson: async (id) => (directoryCalls.push(id), id === USER ? person : null),
        getManager: async () => null,
        listDirectReports: async () => [],
        listPeople: async () => [],
      },
      store: createMemoryStore(),
      calendar: new Proxy({} as Calendar, { get: () => () => Promise.reject(new Error('not called')) }),
      clock: { now: () => new Date() },
      newId: () => 'not-called',
      policyFor: async () => DEFAULT_POLICY,
      publicUrl: 'https://samtale.kommune.example',
      hrAppRole: 'Samtale.HR',
      demo: null,
      webRoot: 'dist',
      log: () => {},
    });
  const me = (t: string) => app().request('/api/me', { headers: { authorization: `Bearer ${t}` } });

  it('the valid token reaches the use case', async () => {
    expect((await me(await token())).status).toBe(200);
    expect(directoryCalls).toContain(USER);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => string | Promise<string>][] = [
    ['wrong audience', () => token({ aud: 'api://someone-else' })],
    ['wrong issuer', () => token({ iss: 'https://evil.example/v2.0' })],
    [
      'another tenant',
      () => token({ iss: `${AUTHORITY}/${OTHER_TENANT}/v2.0`, claims: { tid: OTHER_TENANT } }),
    ],
    ['expired', () => token({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })],
    ['not yet valid', () => token({ nbf: now() + 600, exp: now() + 4200 })],
    ['alg: none', () => unsignedToken()],
    ['bad signature', () => token({ signWith: otherKey })],
    ['unknown key id', () => token({ kid: 'unknown' })],
  ];
  it.each(cases)('%s: 401 unauthenticated, and no use case runs', async (_name, make) => {
    directoryCalls.length = 0;
    const res = await me(await make());
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    expect(directoryCalls).toEqual([]);
  });
});
