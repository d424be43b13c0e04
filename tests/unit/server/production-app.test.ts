// Production mode never offers the demo sign-in, and a half-configured server does not start.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../../src/server/http/app';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import type { Calendar } from '../../../src/ports/calendar';
import type { Directory } from '../../../src/ports/directory';

const unusedDirectory: Directory = {
  getPerson: () => Promise.reject(new Error('not called')),
  getManager: () => Promise.reject(new Error('not called')),
  listDirectReports: () => Promise.reject(new Error('not called')),
  listPeople: () => Promise.reject(new Error('not called')),
};

const app = createHttpApp({
  publicConfig: {
    mode: 'production',
    tenantId: '11111111-2222-4333-8444-555555555555',
    clientId: '6f1c2a4e-0000-4000-8000-000000000001',
    apiScope: 'api://x/access_as_user',
  },
  verify: () => Promise.reject(new Error('not called')),
  directory: unusedDirectory,
  store: createMemoryStore(),
  calendar: new Proxy({} as Calendar, {
    get: () => () => Promise.reject(new Error('not called')),
  }),
  clock: { now: () => new Date('2026-11-23T12:00:00Z') },
  newId: () => 'not-called',
  policyFor: () => Promise.reject(new Error('not called')),
  publicUrl: 'https://samtale.kommune.example',
  hrAppRole: 'Samtale.HR',
  demo: null,
  webRoot: 'dist',
  log: () => {},
});

describe('production mode', () => {
  it('has no demo sign-in', async () => {
    expect((await app.request('/api/demo/personas')).status).not.toBe(200);
    const signIn = await app.request('/api/demo/sign-in', {
      method: 'POST',
      body: JSON.stringify({ personId: '00000000-0000-4000-8000-000000000000' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(signIn.status).toBe(401);
  });

  it('tells the tab how to sign in', async () => {
    expect(await (await app.request('/api/config')).json()).toMatchObject({
      mode: 'production',
      clientId: '6f1c2a4e-0000-4000-8000-000000000001',
    });
  });

  it('refuses to start with a missing setting and names it', async () => {
    const run = promisify(execFile);
    const env = { PATH: process.env.PATH ?? '', SAMTALE_TENANT_ID: '11111111-2222-4333-8444-555555555555' };
    const failure = await run('npx', ['tsx', 'src/server/main.ts'], { env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('SAMTALE_CLIENT_ID is missing');
    expect(failure?.stderr).toContain('SAMTALE_STORAGE_CONNECTION_STRING is missing');
  });
});
