// Issue 9, fault tests: the table store when its service goes away. Azurite stopped and started again on the
// same port and data folder: a call while it is down is a StoreUnavailableError (503 upstream-unavailable,
// not an internal error), the same store instance works again once it is back, nothing written before is
// lost, and a write that waits in its retries while the service restarts lands once. A service that accepts
// the connection and never answers is given up on after the per-try timeout.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/adapters/tables/errors';
import { createTableStore } from '../../../src/adapters/tables/table-store';
import type { AppError } from '../../../src/core/errors';
import {
  azuriteConnectionString,
  freePort,
  startAzurite,
  type RunningAzurite,
} from '../../../src/demo/azurite';

let location: string;
let port: number;
let azurite: RunningAzurite;

beforeAll(async () => {
  location = await mkdtemp(path.join(tmpdir(), 'samtale-restart-'));
  port = await freePort();
  azurite = await startAzurite({ inMemory: false, location, port });
});
afterAll(async () => {
  await azurite?.stop();
  await rm(location, { recursive: true, force: true });
});

const restart = async () => {
  await azurite.stop();
  azurite = await startAzurite({ inMemory: false, location, port });
};

describe('the table store across a restart of its service', () => {
  it('says upstream-unavailable while the service is down, and carries on with the same client after', async () => {
    const store = createTableStore({
      connectionString: azurite.connectionString,
      tablePrefix: 'down',
      maxRetries: 1,
      retryDelayMs: 20,
    });
    const saved = await store.put('referats', 'conv1', 'referat', { text: 'Målene er nådd.' });

    await azurite.stop();
    const failure = await store.get('referats', 'conv1', 'referat').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'upstream-unavailable', status: 0 });
    const write = await store.put('referats', 'conv1', 'referat', { text: 'x' }, saved.etag).catch((e) => e);
    expect((write as AppError).code).toBe('upstream-unavailable');

    azurite = await startAzurite({ inMemory: false, location, port });
    const after = await store.get<{ text: string }>('referats', 'conv1', 'referat');
    expect(after?.value).toEqual({ text: 'Målene er nådd.' }); // kept on disk, the failed write not applied
    expect(after?.etag).toBe(saved.etag);
    const next = await store.put('referats', 'conv1', 'referat', { text: 'Og mer.' }, saved.etag);
    expect(next.etag).not.toBe(saved.etag);
  });

  it('lets a write that is waiting in its retries land once when the service comes back', async () => {
    // a generous retry budget, so the outcome does not depend on how fast Azurite starts on this machine
    const store = createTableStore({
      connectionString: azurite.connectionString,
      tablePrefix: 'retry',
      maxRetries: 30,
      retryDelayMs: 100,
      maxRetryDelayMs: 500,
    });
    await store.put('drafts', 'p', 'before', { n: 1 });
    await azurite.stop();
    const pending = store.insert('drafts', 'p', 'during', { n: 2 });
    azurite = await startAzurite({ inMemory: false, location, port });
    await pending;
    const rows = await store.list<{ n: number }>('drafts', 'p');
    expect(rows.map((r) => [r.rowKey, r.value.n])).toEqual([
      ['before', 1],
      ['during', 2],
    ]);
  });

  it('survives a restart between two calls without noticing', async () => {
    const store = createTableStore({ connectionString: azurite.connectionString, tablePrefix: 'warm' });
    await store.put('warm', 'p', 'r', { v: 'a' }); // the client's keep-alive socket now points at the old process
    await restart();
    expect((await store.get('warm', 'p', 'r'))?.value).toEqual({ v: 'a' });
  });
});

describe('a table service that fails otherwise', () => {
  let silent: Server;
  let failing: HttpServer;
  const sockets: Socket[] = [];
  let silentPort: number;
  let failingPort: number;
  beforeAll(async () => {
    silentPort = await freePort();
    failingPort = await freePort();
    silent = createServer((socket) => void sockets.push(socket)); // accepts, never answers
    failing = createHttpServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ 'odata.error': { code: 'ServerBusy', message: { value: 'busy' } } }));
    });
    await new Promise<void>((resolve) => silent.listen(silentPort, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => failing.listen(failingPort, '127.0.0.1', resolve));
  });
  afterAll(() => {
    for (const s of sockets) s.destroy();
    silent?.close();
    failing?.closeAllConnections();
    failing?.close();
  });

  it('gives up on a service that never answers after the per-try timeout: upstream-unavailable', async () => {
    const store = createTableStore({
      connectionString: azuriteConnectionString(silentPort),
      requestTimeoutMs: 200,
      maxRetries: 0,
    });
    const failure = await store.get('silent', 'p', 'r').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as AppError).userMessage('nb')).toMatch(/Prøv igjen om litt/);
  });

  it('reports a service answering 503 after its retries as upstream-unavailable with the status', async () => {
    const store = createTableStore({
      connectionString: azuriteConnectionString(failingPort),
      maxRetries: 2,
      retryDelayMs: 10,
    });
    const failure = await store.put('busy', 'p', 'r', { v: 1 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ status: 503 });
  });
});
