// The manifest of an environment: the template in manifest/manifest.json, filled from manifest/env/.env.<env>.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_DIR, loadManifestEnv } from './env-file';
import { ManifestError } from './errors';
import { fillPlaceholders } from './fill';

export const TEMPLATE_FILE = path.join(MANIFEST_DIR, 'manifest.json');

export function parseManifestJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ManifestError(`${source}: not valid JSON: ${(error as Error).message}`, 2);
  }
}

/** Fills a manifest template (file) for an environment and parses it; nothing is validated yet. */
export function filledManifest(env: string, file: string = TEMPLATE_FILE): unknown {
  const values = loadManifestEnv(env);
  const source = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ManifestError(`${source}: cannot read the file`, 2);
  }
  return parseManifestJson(fillPlaceholders(text, values, `${source} with --env ${env}`), source);
}
