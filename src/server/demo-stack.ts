// The embedded default: everything the product needs, on this machine, with a fictional municipality.
// Azurite for storage, the Graph emulator for Microsoft 365, a local token issuer for sign-in.
import path from 'node:path';
import { createTableStore } from '../adapters/tables/table-store';
import { createGraphClient } from '../adapters/graph/client';
import { createGraphDirectory } from '../adapters/graph/directory';
import { HISTORY_TABLE, recordPastConversation } from '../app/past-conversations';
import type { Municipality } from '../core/org';
import { startAzurite } from '../demo/azurite';
import { startGraphEmulator, type GraphExchange } from '../demo/graph-emulator';
import { generateMunicipality } from '../demo/municipality/generate';
import { demoPersonas } from '../demo/municipality/personas';
import type { Store } from '../ports/store';
import { createDemoIdentity, DEMO_AUDIENCE, DEMO_AUTHORITY, DEMO_SCOPE } from './auth/demo-identity';
import { createTokenVerifier } from './auth/verify-token';
import { osloToday } from './clock';
import { createHttpApp } from './http/app';
import { listen } from './listen';

export interface DemoStackOptions {
  /** 0 = a free port */
  port?: number;
  host?: string;
  /** keep storage in memory (tests) instead of under dataDir (npm start) */
  inMemory?: boolean;
  /** the demo's today (YYYY-MM-DD); default: today in Oslo */
  today?: string;
  seed?: number;
  dataDir?: string;
  positionPercentAttribute?: string;
  hrAppRole?: string;
  tablePrefix?: string;
  webRoot?: string;
  /** sees every Graph request and response (contract tests) */
  onGraphExchange?: (exchange: GraphExchange) => void;
  log?: (line: string) => void;
}

export interface DemoStack {
  url: string;
  graphUrl: string;
  municipality: Municipality;
  store: Store;
  stop(): Promise<void>;
}

export async function startDemoStack(opts: DemoStackOptions = {}): Promise<DemoStack> {
  const log = opts.log ?? (() => {});
  const today = opts.today ?? osloToday(new Date());
  const hrAppRole = opts.hrAppRole ?? 'Samtale.HR';
  const municipality = generateMunicipality({ seed: opts.seed ?? 2026, today });
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e: unknown) => log(`stop failed: ${String(e)}`));
  };
  try {
    const dataDir = path.resolve(opts.dataDir ?? '.data');
    const azurite = await startAzurite({
      inMemory: opts.inMemory ?? false,
      location: path.join(dataDir, 'azurite'),
    });
    stops.push(azurite.stop);
    const store = createTableStore({
      connectionString: azurite.connectionString,
      tablePrefix: opts.tablePrefix ?? 'samtale',
    });
    await seedHistory(store, municipality, `${opts.seed ?? 2026}_${today}`);

    const emulator = await startGraphEmulator({ municipality, port: 0, onExchange: opts.onGraphExchange });
    stops.push(emulator.stop);
    const identity = await createDemoIdentity({ tenantId: municipality.tenantId, now: () => new Date() });
    const client = createGraphClient({ baseUrl: emulator.url, getToken: identity.signAppToken });

    const byId = new Map(municipality.people.map((p) => [p.id, p]));
    const app = createHttpApp({
      publicConfig: { mode: 'demo', tenantId: municipality.tenantId, clientId: null, apiScope: null },
      verify: createTokenVerifier({
        tenantId: municipality.tenantId,
        audiences: [DEMO_AUDIENCE],
        keys: identity.keys,
        authorityHost: DEMO_AUTHORITY,
        requiredScope: DEMO_SCOPE,
      }),
      directory: createGraphDirectory({ client, positionPercentAttribute: opts.positionPercentAttribute }),
      store,
      hrAppRole,
      demo: {
        personas: demoPersonas(municipality),
        async signIn(personId) {
          const person = byId.get(personId);
          if (!person) return null;
          const appRoles = person.roles.includes('hr') ? [hrAppRole] : [];
          const { token, expiresOn } = await identity.signUserToken({
            id: person.id,
            name: person.displayName,
            appRoles,
          });
          return { accessToken: token, expiresOn };
        },
      },
      webRoot: opts.webRoot ?? path.resolve('dist'),
      log,
    });
    const server = await listen(app, opts.host ?? '127.0.0.1', opts.port ?? 0);
    stops.push(server.close);
    return { url: server.url, graphUrl: emulator.url, municipality, store, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Writes the demo's conversation history once per seed and day. The demo's dates are relative to today,
 * so on a new day the previous day's rows are replaced rather than mixed in.
 */
async function seedHistory(store: Store, municipality: Municipality, version: string): Promise<void> {
  if (await store.get('meta', 'demo-seed', version)) return;
  await forEachLimited(municipality.people, 8, async (person) => {
    for (const row of await store.list(HISTORY_TABLE, person.id)) {
      await store.delete(HISTORY_TABLE, person.id, row.rowKey);
    }
  });
  await forEachLimited(municipality.history, 8, (conversation) =>
    recordPastConversation(store, conversation),
  );
  await store.put('meta', 'demo-seed', version, { seededAt: new Date().toISOString() });
}

// Bounded parallelism: Azurite is quick, but a burst of hundreds of sockets helps nobody.
async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await fn(next);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
