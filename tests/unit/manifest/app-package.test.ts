// The zip Teams admin center takes: exactly manifest.json, color.png and outline.png, icons at Teams' sizes.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../../tools/manifest/app-package';
import { TEMPLATE_FILE } from '../../../tools/manifest/load';
import { readPngHeader } from '../../../tools/png';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'samtale-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = promisify(execFile);
async function command(
  script: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('buildAppPackage', () => {
  it('writes samtale-<env>.zip with the filled manifest and the two icons, and nothing else', () => {
    const file = buildAppPackage({ env: 'demo', outDir: work });
    expect(path.basename(file)).toBe('samtale-demo.zip');
    const entries = unzipSync(readFileSync(file));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = new TextDecoder().decode(entries['manifest.json']);
    expect(manifest).not.toContain('${{');
    expect(JSON.parse(manifest)).toMatchObject({ name: { short: 'Samtale (demo)' } });
    expect(readPngHeader(entries['color.png'] ?? new Uint8Array())).toMatchObject({
      width: 192,
      height: 192,
    });
    expect(readPngHeader(entries['outline.png'] ?? new Uint8Array())).toMatchObject({
      width: 32,
      height: 32,
    });
  });

  it('gives the same bytes twice, so a package can be compared with the one uploaded', () => {
    const first = readFileSync(buildAppPackage({ env: 'demo', outDir: path.join(work, 'a') }));
    const second = readFileSync(buildAppPackage({ env: 'demo', outDir: path.join(work, 'b') }));
    expect(first.equals(second)).toBe(true);
  });

  it('writes nothing when a placeholder has no value', () => {
    const template = path.join(work, 'manifest.json');
    writeFileSync(template, readFileSync(TEMPLATE_FILE, 'utf8').replace('"1.0.0"', '"${{APP_VERSION}}"'));
    const outDir = path.join(work, 'none');
    expect(() => buildAppPackage({ env: 'demo', outDir, template })).toThrow('no value for ${{APP_VERSION}}');
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});

describe('the commands', () => {
  it('npm run validate prints the schema message with the path for a broken copy and exits 1', async () => {
    const manifest = JSON.parse(readFileSync(TEMPLATE_FILE, 'utf8')) as { bots: Array<{ scopes?: unknown }> };
    delete manifest.bots[0]?.scopes;
    const broken = path.join(work, 'broken.json');
    writeFileSync(broken, JSON.stringify(manifest));
    const result = await command('tools/validate.ts', ['--file', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/bots/0 must have required property 'scopes'");
  });

  it('npm run validate passes the demo manifest', async () => {
    const result = await command('tools/validate.ts', ['--env', 'demo']);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('valid (manifest 1.') });
  });

  it('npm run package names an unknown environment and exits 2', async () => {
    const result = await command('tools/package.ts', ['--env', 'nowhere', '--out', work]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown environment "nowhere"');
  });
});
