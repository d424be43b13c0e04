// Issue 9, 4: secrets only from the environment, and the environment read in one place (STYLE 8):
// src/server/config.ts validates it; main.ts hands it over once; nothing else in src/ reads process.env.
// And no key or secret is written into the source.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

const FILES = sourceFiles(SRC).map((file) => ({
  rel: path.relative(SRC, file).split(path.sep).join('/'),
  text: readFileSync(file, 'utf8'),
}));

// process.env, process['env'], `const { env } = process`, import.meta.env
const READS_ENV =
  /process\s*(\.\s*env\b|\[\s*['"`]env['"`]\s*\])|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b|import\.meta\.env/;

/** where the environment may appear, and why */
const ALLOWED: Record<string, RegExp> = {
  // the entry point hands the environment to loadConfig once (and reads .env into it first)
  'server/main.ts': /loadConfig\(process\.env\)/,
  // the Agents Playground child process inherits the environment (PATH, HOME); nothing is read from it here
  'demo/playground.ts': /\.\.\.process\.env,/,
};

describe('the environment', () => {
  it('is read only by src/server/config.ts, handed to it by main.ts', () => {
    expect(FILES.length).toBeGreaterThan(100);
    const readers = FILES.filter((f) => READS_ENV.test(f.text)).map((f) => f.rel);
    expect(readers.sort()).toEqual(Object.keys(ALLOWED).sort());
    for (const [rel, use] of Object.entries(ALLOWED)) {
      const text = FILES.find((f) => f.rel === rel)!.text;
      const uses = text.match(new RegExp(READS_ENV.source, 'g')) ?? [];
      expect(uses, `${rel} uses the environment once, as ${String(use)}`).toHaveLength(1);
      expect(text).toMatch(use);
    }
    // config.ts itself takes the environment as an argument, so tests can hand it any
    const config = FILES.find((f) => f.rel === 'server/config.ts')!.text;
    expect(config).toMatch(/export function loadConfig\(env: Record<string, string \| undefined>\)/);
  });

  it('holds the secrets: no account key, SAS, private key or client secret in the source', () => {
    const leaks: string[] = [];
    for (const { rel, text } of FILES) {
      // Azurite's development key is published by Microsoft and works on no real account (src/demo/azurite.ts)
      if (rel !== 'demo/azurite.ts' && /AccountKey=[A-Za-z0-9+/]{20,}/.test(text))
        leaks.push(`${rel}: AccountKey`);
      if (/\bsig=[A-Za-z0-9%+/]{20,}/.test(text)) leaks.push(`${rel}: SAS signature`);
      if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) leaks.push(`${rel}: private key`);
      // Entra client secrets: 40 characters with a '~' after a 3-character prefix, e.g. abc8Q~...
      if (/['"`][A-Za-z0-9]{3}\dQ~[A-Za-z0-9_.~-]{34}['"`]/.test(text)) leaks.push(`${rel}: client secret`);
    }
    expect(leaks).toEqual([]);
  });
});
