// Configuration enters here, once. Everything else receives values.
// No tenant settings at all: the demo on the embedded defaults. Any tenant setting: production, and then
// every production setting must be there — a half-configured server refuses to start and names what is missing.
import { z } from 'zod';

/** The settings that make a production deployment; each one is documented in .env.example. */
export const TENANT_SETTINGS = [
  'SAMTALE_TENANT_ID',
  'SAMTALE_CLIENT_ID',
  'SAMTALE_CLIENT_SECRET',
  'SAMTALE_API_AUDIENCE',
  'SAMTALE_PUBLIC_URL',
  'SAMTALE_STORAGE_CONNECTION_STRING',
] as const;

const ZCommon = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).optional(),
  SAMTALE_POSITION_PERCENT_ATTRIBUTE: z
    .string()
    .regex(/^extensionAttribute([1-9]|1[0-5])$/, 'expected extensionAttribute1 … extensionAttribute15')
    .default('extensionAttribute1'),
  SAMTALE_HR_APP_ROLE: z.string().min(1).default('Samtale.HR'),
  SAMTALE_TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,19}$/, 'letters and digits, starting with a letter')
    .default('samtale'),
});

const ZProduction = ZCommon.extend({
  SAMTALE_TENANT_ID: z.string().uuid(),
  SAMTALE_CLIENT_ID: z.string().uuid(),
  SAMTALE_CLIENT_SECRET: z.string().min(1),
  SAMTALE_API_AUDIENCE: z.string().min(1),
  SAMTALE_PUBLIC_URL: z.string().url(),
  SAMTALE_STORAGE_CONNECTION_STRING: z.string().min(1),
  SAMTALE_GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com/'),
  SAMTALE_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
  // Optional until the archive is wired: without it referater are not filed (docs/archive.md).
  SAMTALE_ARCHIVE_DRIVE_ID: z.string().min(1).optional(),
  SAMTALE_ARCHIVE_RETENTION_LABEL: z.string().min(1).optional(),
  // The archived PDF's author; needed once archiving is on.
  SAMTALE_MUNICIPALITY_NAME: z.string().min(1).max(200).optional(),
  // Reach (issue 5): the app package's manifest id (TEAMS_APP_ID), so Graph can install Samtale for someone
  // without it; without it invitations to such people go by e-mail.
  SAMTALE_TEAMS_APP_ID: z
    .string()
    .regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'expected the manifest id, a GUID')
    .optional(),
  // The tenant app catalog's id of Samtale; when set, the catalog is not read (no AppCatalog.Read.All).
  SAMTALE_TEAMS_APP_CATALOG_ID: z.string().min(1).optional(),
  // The bot (issue 5): the Azure Bot is registered on SAMTALE_CLIENT_ID (single tenant), so it needs no id or
  // secret of its own; only where its Bot Connector answers for a chat Samtale made through Graph.
  SAMTALE_BOT_SERVICE_URL: z.string().url().default('https://smba.trafficmanager.net/teams/'),
});

const ZDemo = ZCommon.extend({
  SAMTALE_DEMO_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional(),
  SAMTALE_DEMO_SEED: z.coerce.number().int().default(2026),
  SAMTALE_DATA_DIR: z.string().min(1).default('.data'),
  // The Microsoft 365 Agents Playground as the demo's Teams chat (issue 5): its port (taken when busy: a free
  // one), or 'off' to start the demo without it.
  SAMTALE_PLAYGROUND: z.enum(['on', 'off']).default('on'),
  SAMTALE_PLAYGROUND_PORT: z.coerce.number().int().min(0).max(65535).default(56150),
});

interface Shared {
  port: number;
  host: string;
  positionPercentAttribute: string;
  hrAppRole: string;
  tablePrefix: string;
}

export interface ProductionConfig extends Shared {
  mode: 'production';
  tenantId: string;
  clientId: string;
  clientSecret: string;
  apiAudience: string;
  publicUrl: string;
  storageConnectionString: string;
  graphBaseUrl: string;
  authorityHost: string;
  /** the personnel library's drive id (docs/archive.md); null: not configured yet */
  archiveDriveId: string | null;
  /** a Purview retention label put on every filed referat; null: none */
  archiveRetentionLabel: string | null;
  /** the municipality's name as the archived referat names it, e.g. "Fjordvik kommune"; null: not set */
  municipalityName: string | null;
  /** the id in Samtale's app manifest (TEAMS_APP_ID); null: Samtale is not installed through Graph */
  teamsAppId: string | null;
  /** Samtale's id in the tenant app catalog; null: looked up by the manifest id */
  teamsAppCatalogId: string | null;
  /** the Bot Connector for a personal chat made by installing Samtale through Graph (before Teams names one) */
  botServiceUrl: string;
}

export interface DemoConfig extends Shared {
  mode: 'demo';
  /** the demo's "today" (YYYY-MM-DD); undefined: the real date in Europe/Oslo */
  today: string | undefined;
  seed: number;
  dataDir: string;
  /** the Agents Playground's port (it moves to a free one when taken); null: no playground */
  playgroundPort: number | null;
}

export type Config = ProductionConfig | DemoConfig;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Samtale cannot start. Fix these settings (see .env.example):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const name = issue.path.join('.');
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `${name} is missing`
      : `${name}: ${issue.message}`;
  });
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable counts as absent, the way a blank line in an env file is meant.
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const isProduction = TENANT_SETTINGS.some((name) => name in clean);
  if (isProduction) {
    const parsed = ZProduction.safeParse(clean);
    if (!parsed.success) throw new ConfigError(problemsOf(parsed.error));
    const e = parsed.data;
    return {
      mode: 'production',
      port: e.PORT,
      host: e.HOST ?? '0.0.0.0',
      positionPercentAttribute: e.SAMTALE_POSITION_PERCENT_ATTRIBUTE,
      hrAppRole: e.SAMTALE_HR_APP_ROLE,
      tablePrefix: e.SAMTALE_TABLE_PREFIX,
      tenantId: e.SAMTALE_TENANT_ID,
      clientId: e.SAMTALE_CLIENT_ID,
      clientSecret: e.SAMTALE_CLIENT_SECRET,
      apiAudience: e.SAMTALE_API_AUDIENCE,
      publicUrl: e.SAMTALE_PUBLIC_URL.replace(/\/$/, ''),
      storageConnectionString: e.SAMTALE_STORAGE_CONNECTION_STRING,
      graphBaseUrl: e.SAMTALE_GRAPH_BASE_URL,
      authorityHost: e.SAMTALE_AUTHORITY_HOST.replace(/\/$/, ''),
      archiveDriveId: e.SAMTALE_ARCHIVE_DRIVE_ID ?? null,
      archiveRetentionLabel: e.SAMTALE_ARCHIVE_RETENTION_LABEL ?? null,
      municipalityName: e.SAMTALE_MUNICIPALITY_NAME ?? null,
      teamsAppId: e.SAMTALE_TEAMS_APP_ID ?? null,
      teamsAppCatalogId: e.SAMTALE_TEAMS_APP_CATALOG_ID ?? null,
      botServiceUrl: e.SAMTALE_BOT_SERVICE_URL,
    };
  }
  const parsed = ZDemo.safeParse(clean);
  if (!parsed.success) throw new ConfigError(problemsOf(parsed.error));
  const e = parsed.data;
  return {
    mode: 'demo',
    // The demo listens on loopback only: its sign-in lets anyone be anyone.
    port: e.PORT,
    host: e.HOST ?? '127.0.0.1',
    positionPercentAttribute: e.SAMTALE_POSITION_PERCENT_ATTRIBUTE,
    hrAppRole: e.SAMTALE_HR_APP_ROLE,
    tablePrefix: e.SAMTALE_TABLE_PREFIX,
    today: e.SAMTALE_DEMO_TODAY,
    seed: e.SAMTALE_DEMO_SEED,
    dataDir: e.SAMTALE_DATA_DIR,
    playgroundPort: e.SAMTALE_PLAYGROUND === 'off' ? null : e.SAMTALE_PLAYGROUND_PORT,
  };
}
