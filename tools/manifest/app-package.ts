// The app package Teams admin center takes: a zip with the filled manifest and its two icons at the root,
// and nothing else. Entries carry a fixed date, so the same inputs give the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { readPngHeader } from '../png';
import { MANIFEST_DIR } from './env-file';
import { ManifestError } from './errors';
import { TEMPLATE_FILE, filledManifest } from './load';
import { assertValidManifest } from './schema';

/** Teams refuses other sizes: colour 192×192, outline 32×32. */
export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

function icon(name: keyof typeof ICON_SIZES): Uint8Array {
  const file = path.join(MANIFEST_DIR, name);
  const bytes = readFileSync(file);
  const { width, height } = readPngHeader(bytes);
  const size = ICON_SIZES[name];
  if (width !== size || height !== size) {
    throw new ManifestError(`manifest/${name} is ${width}×${height}; Teams needs ${size}×${size}`, 1);
  }
  return bytes;
}

export interface PackageOptions {
  /** which manifest/env/.env.<env> fills the placeholders */
  env: string;
  /** folder the zip goes to; default dist/appPackage */
  outDir?: string;
  /** the manifest template; default manifest/manifest.json */
  template?: string;
}

/** Fills, validates and zips; returns the zip's path. Throws a ManifestError naming the problem. */
export function buildAppPackage(options: PackageOptions): string {
  const template = options.template ?? TEMPLATE_FILE;
  const manifest = filledManifest(options.env, template);
  assertValidManifest(manifest, `${path.relative(process.cwd(), template)} with --env ${options.env}`);
  const zip = zipSync(
    {
      'manifest.json': [Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), { mtime: FIXED_DATE }],
      'color.png': [icon('color.png'), { mtime: FIXED_DATE }],
      'outline.png': [icon('outline.png'), { mtime: FIXED_DATE }],
    },
    { level: 9 },
  );
  const outDir = options.outDir ?? path.resolve(MANIFEST_DIR, '..', 'dist', 'appPackage');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `samtale-${options.env}.zip`);
  writeFileSync(file, zip);
  return file;
}
