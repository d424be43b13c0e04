#!/usr/bin/env node
// The `samtale` command. The sources are TypeScript; tsx compiles them on the fly (esbuild, no native build).
import { register } from 'tsx/esm/api';

register();
// the store commands (export, retention) read the server's settings; a local .env the way the server reads it
const { existsSync } = await import('node:fs');
if (existsSync('.env')) process.loadEnvFile('.env');
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (file) => (await import('node:fs/promises')).readFile(file, 'utf8'),
  writeFile: async (file, bytes) => (await import('node:fs/promises')).writeFile(file, bytes),
  env: process.env,
});
