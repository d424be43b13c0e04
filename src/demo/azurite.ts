// Azurite's table service as a child process: the embedded default store of `npm start`, and the real
// Azure Tables protocol for integration tests. Bound to 127.0.0.1 only, never reachable from the network.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AzuriteOptions {
  /** keep nothing on disk (tests); otherwise data lives under location */
  inMemory: boolean;
  /** folder for Azurite's database when not in memory, e.g. '.data/azurite' */
  location?: string;
  /** table service port; 0 or omitted picks a free one */
  port?: number;
  /** how long to wait for Azurite to accept connections */
  startTimeoutMs?: number;
}

export interface RunningAzurite {
  connectionString: string;
  port: number;
  /** the child's process id, for diagnostics */
  pid: number;
  stop(): Promise<void>;
}

// The development account every Azurite and Azure Storage emulator has: published by Microsoft in the
// Azurite README, the same on every machine. Not a secret, and useless outside a local emulator.
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const HOST = '127.0.0.1';

export function azuriteConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_ACCOUNT_KEY};` +
    `TableEndpoint=http://${HOST}:${port}/${DEV_ACCOUNT};`
  );
}

/** a port nobody listens on right now (the OS picks it; Azurite itself cannot report a port 0 choice) */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** true once Azurite answers on the port: not just anything listening there (a port taken by another server) */
async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://${HOST}:${port}/${DEV_ACCOUNT}/Tables`, {
      signal: AbortSignal.timeout(1000),
    });
    await response.body?.cancel();
    return response.headers.get('server')?.startsWith('Azurite-Table') ?? false;
  } catch {
    return false;
  }
}

function azuriteTableScript(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'table', 'main.js');
}

export async function startAzurite(options: AzuriteOptions): Promise<RunningAzurite> {
  let location: string | null = null;
  if (!options.inMemory) {
    location = path.resolve(options.location ?? '.data/azurite');
    await mkdir(location, { recursive: true });
  }
  // a port we picked can be taken between our check and Azurite's bind; then pick again
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freePort());
    try {
      return await launch(port, location, options.startTimeoutMs ?? 20_000);
    } catch (error) {
      const raced = !options.port && attempt < 3 && String(error).includes('EADDRINUSE');
      if (!raced) throw error;
    }
  }
}

async function launch(port: number, location: string | null, timeoutMs: number): Promise<RunningAzurite> {
  const args = [
    '--tableHost',
    HOST,
    '--tablePort',
    String(port),
    '--skipApiVersionCheck',
    '--disableTelemetry',
  ];
  // --silent drops the access log only; start-up errors still reach stderr
  args.push('--silent', ...(location ? ['--location', location] : ['--inMemoryPersistence']));
  const guard = fileURLToPath(new URL('./azurite-child.mjs', import.meta.url));
  // own process group: a Ctrl-C in the terminal reaches the parent, which then stops us in order
  const child = spawn(process.execPath, [guard, azuriteTableScript(), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // writing to a child that has died raises EPIPE on its stdin; that is not the parent's problem
  child.stdin.on('error', () => undefined);
  let exitCode: number | string | null | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code) => resolve(void (exitCode = code)));
    child.once('error', (error) => resolve(void (exitCode = error.message)));
  });

  const stop = async () => {
    if (exitCode !== undefined) return;
    child.stdin.end(); // the guard sees end-of-file and shuts Azurite down cleanly
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await answers(port))) {
    if (exitCode !== undefined) {
      throw new Error(`Azurite exited (${exitCode}) before answering on ${HOST}:${port}:\n${output.trim()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Azurite did not answer on ${HOST}:${port} in ${timeoutMs} ms:\n${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { connectionString: azuriteConnectionString(port), port, pid: child.pid ?? -1, stop };
}
