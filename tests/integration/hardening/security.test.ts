// Issue 9, 4: security headers on every kind of response, request size limits, and errors that carry no stack
// trace and nobody else's data. The pages come from a folder of our own, so this needs no webpack build.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import type { ReferatView } from '../../../src/app/open-referat';
import { errorText } from '../../../src/core/errors';
import type { Calendar } from '../../../src/ports/calendar';
import type { Directory } from '../../../src/ports/directory';
import { createHttpApp, type HttpAppDeps } from '../../../src/server/http/app';
import { FRAME_ANCESTORS, OFFICE_JS_ORIGIN, ENTRA_LOGIN_ORIGIN } from '../../../src/server/http/security';
import { startHardeningStack, type HardeningStack } from './fixture';

let h: HardeningStack;
let webRoot: string;
beforeAll(async () => {
  webRoot = await mkdtemp(path.join(tmpdir(), 'samtale-pages-'));
  for (const surface of ['tab', 'outlook']) {
    await mkdir(path.join(webRoot, surface));
    await writeFile(path.join(webRoot, surface, 'index.html'), `<!doctype html><title>${surface}</title>`);
  }
  h = await startHardeningStack({ webRoot });
});
afterAll(async () => {
  await h?.stop();
  await rm(webRoot, { recursive: true, force: true });
});

function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function expectHardened(res: Response, what: string) {
  const csp = directives(res.headers.get('content-security-policy'));
  expect(csp.get('frame-ancestors'), what).toEqual(FRAME_ANCESTORS);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  // only Microsoft's hosts may frame us: no bare wildcard, no http, no other domain
  for (const host of FRAME_ANCESTORS.filter((a) => a !== "'self'")) {
    expect(host, what).toMatch(
      /^https:\/\/(\*\.)?([a-z0-9-]+\.)*(microsoft\.com|cloud\.microsoft|office\.com|office365\.com|microsoft365\.com)$/,
    );
  }
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(res.headers.get('x-powered-by'), what).toBeNull();
  return csp;
}

describe('every kind of response carries the security headers', () => {
  it('pages, API answers, API errors and 404s', async () => {
    const { leader } = h.leaderWithReports(1);
    const token = await h.token(leader.id);
    const auth = { authorization: `Bearer ${token}` };
    const cases: [string, string, RequestInit, number][] = [
      ['the tab page', '/tab/', {}, 200],
      ['a deep link into the tab', '/tab/conversations/x', {}, 200],
      ['the add-in page', '/outlook/', {}, 200],
      ['a ribbon icon', '/outlook/icons/icon-16.png', {}, 200],
      ['health', '/healthz', {}, 200],
      ['public config', '/api/config', {}, 200],
      ['an API answer', '/api/me', { headers: auth }, 200],
      ['an API error: no token', '/api/me', {}, 401],
      ['an API error: bad input', '/api/conversations/suggestions', { method: 'POST', headers: auth }, 400],
      ['an unknown API path', '/api/nothing-here', { headers: auth }, 404],
      ['an unknown page', '/nothing-here', {}, 404],
    ];
    for (const [what, url, init, status] of cases) {
      const res = await fetch(`${h.stack.url}${url}`, init);
      await res.arrayBuffer();
      expect(res.status, what).toBe(status);
      const csp = expectHardened(res, what);
      const scripts = csp.get('script-src') ?? [];
      // office.js from Microsoft's CDN only where the add-in runs
      expect(scripts.includes(OFFICE_JS_ORIGIN), what).toBe(url.startsWith('/outlook/'));
    }
  });

  it("lets the tab and the add-in sign in with Entra outside a host: msal's token requests, its hidden renewal frame and its popup", async () => {
    for (const page of ['/tab/', '/outlook/']) {
      const res = await fetch(`${h.stack.url}${page}`);
      await res.arrayBuffer();
      const csp = directives(res.headers.get('content-security-policy'));
      // msal-browser posts to the token endpoint with fetch and renews in a hidden iframe when it must
      expect(csp.get('connect-src'), page).toEqual(["'self'", ENTRA_LOGIN_ORIGIN]);
      expect(csp.get('frame-src'), page).toEqual(["'self'", ENTRA_LOGIN_ORIGIN]);
      // same-origin would cut the popup off from the page that opened it, and the sign-in would never return
      expect(res.headers.get('cross-origin-opener-policy'), page).toBe('same-origin-allow-popups');
    }
  });
});

describe('request size', () => {
  it('refuses a 300 KB body with 400 before any use case runs, with or without a Content-Length', async () => {
    const { leader, reports } = h.leaderWithReports(1);
    const id = await h.bookAnnual(leader.id, reports[0]!.id);
    const referatPath = `/conversations/${id}/referat`;
    const before = (await h.call<ReferatView>(leader.id, 'GET', referatPath)).body;
    const sectionId = before.referat.sections[0]!.sectionId;
    const huge = JSON.stringify({ type: 'section', sectionId, agreedText: 'ø'.repeat(150_000) }); // 300 KB
    const headers = {
      authorization: `Bearer ${await h.token(leader.id)}`,
      'content-type': 'application/json',
      'if-match': before.etag,
    };
    const url = `${h.stack.url}/api${referatPath}`;
    const sized = await fetch(url, { method: 'PATCH', headers, body: huge });
    const streamed = await fetch(url, {
      method: 'PATCH',
      headers,
      body: new Blob([huge]).stream(), // chunked: the server learns the size only by reading
      duplex: 'half',
    } as RequestInit);
    for (const res of [sized, streamed]) {
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: 'bad-request', message: errorText('bad-request', 'nb'), field: 'body' },
      });
    }
    const after = (await h.call<ReferatView>(leader.id, 'GET', referatPath)).body;
    expect(after.etag).toBe(before.etag);
    expect(after.referat.sections[0]!.agreedText).toBe(before.referat.sections[0]!.agreedText);
  });

  it('refuses a 300 KB booking without sending anything to Outlook', async () => {
    const { leader, reports } = h.leaderWithReports(1);
    const writes = () => h.graph.exchanges.filter((e) => e.method !== 'GET').length;
    const before = writes();
    const res = await fetch(`${h.stack.url}/api/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await h.token(leader.id)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ employeeId: reports[0]!.id, kind: 'annual', location: 'x'.repeat(300_000) }),
    });
    expect(res.status).toBe(400);
    expect(writes()).toBe(before);
  });
});

describe('errors', () => {
  it('name nobody: another leader asking for a conversation gets the code and the generic text only', async () => {
    const { leader, reports } = h.leaderWithReports(1);
    const employee = reports[0]!;
    const id = await h.bookAnnual(leader.id, employee.id);
    const other = h.stack.municipality.people.find(
      (p) => p.id !== leader.id && p.id !== employee.id && p.managerId !== leader.id,
    )!;
    for (const route of ['referat', 'preparation', 'archive', 'actions', 'previous-plan']) {
      const res = await h.call(other.id, 'GET', `/conversations/${id}/${route}`);
      expect([403, 404], route).toContain(res.status);
      const text = JSON.stringify(res.body);
      expect(res.body, route).toEqual({
        error: { code: res.body.error.code, message: errorText(res.body.error.code as 'forbidden', 'nb') },
      });
      for (const secret of [employee.displayName, employee.mail, leader.displayName, id])
        expect(text, route).not.toContain(secret);
    }
  });
});

describe('an internal error', () => {
  it('answers internal with the generic text: no stack trace, no detail; the detail goes to the log', async () => {
    const logged: string[] = [];
    const failing: Directory = {
      getPerson: () => {
        throw new TypeError('Cannot read properties of undefined (Kari Nordmann, kari@fjordvik.example)');
      },
      getManager: () => Promise.reject(new Error('not called')),
      listDirectReports: () => Promise.reject(new Error('not called')),
      listPeople: () => Promise.reject(new Error('not called')),
    };
    const app = createHttpApp({
      publicConfig: {
        mode: 'production',
        tenantId: 't1',
        clientId: 'c1',
        apiScope: 'api://x/access_as_user',
      },
      verify: async () => ({ userId: 'u1', tenantId: 't1', name: 'Ola', appRoles: [] }),
      directory: failing,
      store: createMemoryStore(),
      calendar: new Proxy({} as Calendar, { get: () => () => Promise.reject(new Error('not called')) }),
      clock: { now: () => new Date('2026-11-23T12:00:00Z') },
      newId: () => 'x',
      policyFor: () => Promise.reject(new Error('not called')),
      publicUrl: 'https://samtale.kommune.example',
      hrAppRole: 'Samtale.HR',
      demo: null,
      webRoot,
      log: (line) => logged.push(line),
    } satisfies HttpAppDeps);
    for (const language of ['nb', 'nn', 'en'] as const) {
      const res = await app.request('/api/me', {
        headers: { authorization: 'Bearer t', 'accept-language': language },
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'internal', message: errorText('internal', language) },
      });
      for (const leak of ['Kari', 'kari@', 'TypeError', 'undefined', ' at ', '.ts:'])
        expect(text).not.toContain(leak);
      // production mode: browsers are told to use https only (HSTS), on errors too
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      expectHardened(res, `internal error in ${language}`);
    }
    expect(logged.some((line) => line.includes('Kari Nordmann') && line.includes('TypeError'))).toBe(true);
    for (const url of ['/api/config', '/healthz', '/tab/', '/nothing-here']) {
      const res = await app.request(url);
      expect(res.headers.get('strict-transport-security'), url).toMatch(/max-age=\d{7,}/);
      expectHardened(res, `production ${url}`);
    }
  });
});
