// Validates a filled manifest against the schema Microsoft ships in @microsoft/app-manifest, offline: the schema
// is read from node_modules by the manifest's own manifestVersion, and no $schema URL is ever fetched.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ManifestError } from './errors';

// The unified manifest with Outlook add-ins and nested app authentication in one file needs at least this.
const MIN_VERSION = [1, 22] as const;

const SCHEMA_ROOT = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

function versionOf(manifest: unknown): string {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) throw new ManifestError('/manifestVersion must be a version such as "1.30"', 1);
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
    throw new ManifestError(
      `/manifestVersion ${version}: Samtale needs ${MIN_VERSION.join('.')} or later`,
      1,
    );
  }
  return `${major}.${minor}`;
}

const compiled = new Map<string, ValidateFunction>();

/** The compiled schema for a manifest version, with the ajv draft its $schema names. */
export function schemaValidator(version: string): ValidateFunction {
  const cached = compiled.get(version);
  if (cached) return cached;
  const file = path.join(SCHEMA_ROOT, `v${version}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) {
    throw new ManifestError(`/manifestVersion ${version}: @microsoft/app-manifest ships no schema for it`, 1);
  }
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
  const draft = schema.$schema ?? '';
  const options = { allErrors: true, strictTypes: false } as const;
  const ajv = draft.includes('draft-04')
    ? new AjvDraft04(options)
    : draft.includes('2020-12')
      ? new Ajv2020(options)
      : draft.includes('draft-07')
        ? new Ajv(options)
        : null;
  if (!ajv) throw new ManifestError(`${file}: unsupported JSON Schema draft "${draft}"`, 1);
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  compiled.set(version, validate);
  return validate;
}

/** One line per error: the JSON path, the schema's message, and what it allows when it says so. */
export function describeError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  const detail =
    'allowedValues' in params
      ? ` (${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
      : 'additionalProperty' in params
        ? ` ("${String(params.additionalProperty)}")`
        : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
}

/** The schema's errors for a filled manifest; an empty list means it is valid. */
export function manifestErrors(manifest: unknown): string[] {
  const validate = schemaValidator(versionOf(manifest));
  if (validate(manifest)) return [];
  // allErrors reports an anyOf's every branch; the same line twice helps nobody
  return [...new Set((validate.errors ?? []).map(describeError))];
}

/** Throws a ManifestError listing the schema's messages when the manifest is invalid. */
export function assertValidManifest(manifest: unknown, source: string): void {
  const errors = manifestErrors(manifest);
  if (errors.length > 0) {
    throw new ManifestError(`${source} does not match the app manifest schema:\n  ${errors.join('\n  ')}`, 1);
  }
}
