// The per-environment values of the manifest's ${{VAR}} placeholders, from manifest/env/.env.<name>.
// They are checked with zod before they go anywhere, so a typo ("TAB_ENDPIONT") or a wrong value (a client id
// that is no GUID, an endpoint on another host than TAB_DOMAIN) is named here, not found later in Teams.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ManifestError } from './errors';

export const MANIFEST_DIR = path.resolve(import.meta.dirname, '..', '..', 'manifest');
export const ENV_DIR = path.join(MANIFEST_DIR, 'env');

const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'expected a GUID');
const httpsUrl = z.string().regex(/^https:\/\/[^\s/]+(\/\S*)?$/, 'expected an https:// address');

export const ZManifestEnv = z
  .object({
    TEAMS_APP_ID: guid,
    AAD_APP_CLIENT_ID: guid,
    BOT_ID: guid,
    TAB_DOMAIN: z
      .string()
      .regex(
        /^[a-z0-9.-]+(:\d+)?$/i,
        'expected a host name without https:// or a path, e.g. samtale.kommune.no',
      ),
    TAB_ENDPOINT: httpsUrl.regex(/[^/]$/, 'no trailing slash: the manifest appends /tab/ and /outlook/'),
    // empty in production; " (test)" tells a test package apart in Teams
    APP_NAME_SUFFIX: z.string().max(10).default(''),
    DEVELOPER_NAME: z.string().min(1).max(32),
    DEVELOPER_URL: httpsUrl,
    PRIVACY_URL: httpsUrl,
    TERMS_OF_USE_URL: httpsUrl,
  })
  .strict()
  .refine((env) => new URL(env.TAB_ENDPOINT).host === env.TAB_DOMAIN.toLowerCase(), {
    path: ['TAB_ENDPOINT'],
    message: 'must be on TAB_DOMAIN: the tab, the add-in and the token audience share one host',
  });

export type ManifestEnv = z.infer<typeof ZManifestEnv>;

/** Parses KEY=VALUE lines; # starts a comment line; a value may be quoted to keep its spaces. */
export function parseEnvText(text: string, source: string): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(trimmed);
    if (!match) throw new ManifestError(`${source}:${index + 1}: expected NAME=value, got "${trimmed}"`, 2);
    const [, name = '', raw = ''] = match;
    const quoted = /^"(.*)"$/.exec(raw) ?? /^'(.*)'$/.exec(raw);
    values[name] = quoted ? (quoted[1] ?? '') : raw;
  });
  return values;
}

/** Checks the values; every problem is named with its variable and the file it came from. */
export function checkManifestEnv(values: Record<string, string>, source: string): ManifestEnv {
  // an empty value is a value not yet filled in, as in .env.example-tenant
  const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  const parsed = ZManifestEnv.safeParse(clean);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `${issue.keys.join(', ')}: unknown variable (the manifest uses no such placeholder)`;
    }
    const name = issue.path.join('.');
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `${name} is missing`
      : `${name}: ${issue.message}`;
  });
  throw new ManifestError(`${source}:\n  - ${problems.join('\n  - ')}`, 2);
}

export function availableEnvs(): string[] {
  if (!existsSync(ENV_DIR)) return [];
  return readdirSync(ENV_DIR)
    .filter((f) => f.startsWith('.env.') && f !== '.env.example-tenant')
    .map((f) => f.slice('.env.'.length))
    .sort();
}

/** Reads and checks manifest/env/.env.<name>. */
export function loadManifestEnv(name: string): ManifestEnv {
  if (!/^[a-z0-9-]+$/i.test(name)) throw new ManifestError(`--env "${name}": letters, digits and - only`, 2);
  const file = path.join(ENV_DIR, `.env.${name}`);
  if (!existsSync(file)) {
    throw new ManifestError(
      `unknown environment "${name}": no ${path.relative(process.cwd(), file)} ` +
        `(have: ${availableEnvs().join(', ') || 'none'}; copy manifest/env/.env.example-tenant to make one)`,
      2,
    );
  }
  const source = path.relative(process.cwd(), file);
  return checkManifestEnv(parseEnvText(readFileSync(file, 'utf8'), source), source);
}
