// Time from starting the demo server (as `npm start` does after building the pages) to "ready":
// once on an empty data folder (Azurite starts fresh, the history is seeded) and once on a warm one.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchResult } from './types';

function startUntilReady(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/server/main.ts'], {
    env: { ...process.env, PORT: '0', SAMTALE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready after 60 s:\n${output}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('ready in')) return;
      const elapsed = performance.now() - started;
      clearTimeout(timer);
      child.once('exit', () => resolve(elapsed));
      child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!output.includes('ready in')) reject(new Error(`exited ${code} before ready:\n${output}`));
    });
  });
}

export async function benchStartup(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samtale-bench-'));
  try {
    const cold = await startUntilReady(dataDir);
    const warm = await startUntilReady(dataDir);
    return [
      { name: 'demo_cold_start_ready_s', value: Number((cold / 1000).toFixed(2)), unit: 's' },
      { name: 'demo_warm_start_ready_s', value: Number((warm / 1000).toFixed(2)), unit: 's' },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
