import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createTableStore } from '../../src/adapters/tables/table-store';
import { freePort, startAzurite } from '../../src/demo/azurite';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('startAzurite', () => {
  it('serves tables on a free loopback port and stops when asked', async () => {
    const azurite = await startAzurite({ inMemory: true });
    try {
      expect(azurite.connectionString).toContain(
        `TableEndpoint=http://127.0.0.1:${azurite.port}/devstoreaccount1`,
      );
      const store = createTableStore({ connectionString: azurite.connectionString });
      await store.put('smoke', 'p', 'r', { ok: 'jå' });
      expect((await store.get('smoke', 'p', 'r'))?.value).toEqual({ ok: 'jå' });
    } finally {
      await azurite.stop();
    }
    expect(alive(azurite.pid)).toBe(false);
    await expect(azurite.stop()).resolves.toBeUndefined();
  });

  it('keeps data on disk between runs when not in memory', async () => {
    const location = await mkdtemp(path.join(tmpdir(), 'samtale-azurite-'));
    try {
      const first = await startAzurite({ inMemory: false, location });
      await createTableStore({ connectionString: first.connectionString }).put('kept', 'p', 'r', {
        v: 'referat',
      });
      await first.stop();
      const second = await startAzurite({ inMemory: false, location });
      try {
        const store = createTableStore({ connectionString: second.connectionString });
        expect((await store.get('kept', 'p', 'r'))?.value).toEqual({ v: 'referat' });
      } finally {
        await second.stop();
      }
    } finally {
      await rm(location, { recursive: true, force: true });
    }
  });

  it("fails with Azurite's own output when it cannot start", async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const attempt = startAzurite({ inMemory: true, port });
      await expect(attempt).rejects.toThrow(/Azurite exited/);
      await expect(attempt).rejects.toThrow(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });

  it('does not outlive a parent that is killed without warning', async () => {
    const parent = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/azurite-parent.ts')],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: parent.stdout }).once('line', resolve);
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    const { pid } = JSON.parse(line) as { pid: number };
    try {
      expect(alive(pid)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitUntil(() => !alive(pid), 10_000)).toBe(true);
    } finally {
      if (alive(pid)) process.kill(pid, 'SIGKILL'); // a failing run must not leave an Azurite behind
    }
  });
});
