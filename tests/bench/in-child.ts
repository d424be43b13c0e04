// Runs a bench module in a process of its own, for figures that are the process's (its peak RSS): in the
// bench runner's process they would carry what the benches before it left on the heap.
// Usage: tsx tests/bench/in-child.ts <module> <export>; prints the results as one line of JSON.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BenchResult } from './types';

const TSX = path.resolve('node_modules/.bin/tsx');

export async function benchInChild(module: string, exportName: string): Promise<BenchResult[]> {
  const { stdout } = await promisify(execFile)(TSX, [import.meta.filename, module, exportName], {
    maxBuffer: 1 << 20,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as BenchResult[];
}

if (process.argv[1] === import.meta.filename) {
  const [module, exportName] = process.argv.slice(2);
  if (!module || !exportName) throw new Error('usage: in-child.ts <module> <export>');
  const loaded = (await import(pathToFileURL(path.resolve(import.meta.dirname, module)).href)) as Record<
    string,
    () => Promise<BenchResult[]>
  >;
  const run = loaded[exportName];
  if (!run) throw new Error(`${module} has no export ${exportName}`);
  console.log(JSON.stringify(await run()));
}
