// The embedded default: everything the product needs, on this machine, with a fictional municipality.
// Azurite for storage, the Graph emulator for Microsoft 365, a local token issuer for sign-in.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createGraphCalendar } from '../adapters/graph/calendar';
import { createGraphClient } from '../adapters/graph/client';
import { createGraphDirectory } from '../adapters/graph/directory';
import { createGraphMailer } from '../adapters/graph/mailer';
import { createSharePointArchive } from '../adapters/graph/sharepoint-archive';
import { createPdfmakeRenderer } from '../adapters/pdf/pdfmake-renderer';
import { createTableStore } from '../adapters/tables/table-store';
import type { ArchiveDeps } from '../app/archive-deps';
import type { CopyRemovalDeps } from '../app/mail-copy-removals';
import type { Municipality } from '../core/org';
import { startAzurite } from '../demo/azurite';
import {
  DEMO_TEAMS_APP,
  demoArchive,
  startGraphEmulator,
  type GraphEmulator,
  type GraphExchange,
} from '../demo/graph-emulator';
import { generateMunicipality } from '../demo/municipality/generate';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import type { TeamsApps } from '../ports/teams-apps';
import { createDemoIdentity, DEMO_AUDIENCE, DEMO_AUTHORITY, DEMO_SCOPE } from './auth/demo-identity';
import { createTokenVerifier } from './auth/verify-token';
import { osloToday } from './clock';
import { demoSignIn } from './demo/demo-sign-in';
import { seedHistory } from './demo/seed-history';
import { createHttpApp, type HttpAppDeps } from './http/app';
import { listen } from './listen';
import { startOutboxTimer } from './outbox-timer';
import { startReminderTimer } from './reminder-timer';
import { createPolicySource } from './policy-source';
import { createTeamsApps } from './teams-apps';
import { createDemoBot } from './demo-bot';
import type { DeliveryDeps } from '../app/delivery-deps';
import type { RunningPlayground } from '../demo/playground';

export interface DemoStackOptions {
  /** 0 = a free port */
  port?: number;
  host?: string;
  /** keep storage in memory (tests) instead of under dataDir (npm start) */
  inMemory?: boolean;
  /** the demo's today (YYYY-MM-DD); default: today in Oslo */
  today?: string;
  /** the time the demo lives in (tests fix it); default: the real clock */
  clock?: Clock;
  seed?: number;
  /** benches only: reshape the generated municipality (e.g. one leader with 60 reports) before anything starts */
  reshape?: (municipality: Municipality) => Municipality;
  dataDir?: string;
  positionPercentAttribute?: string;
  hrAppRole?: string;
  tablePrefix?: string;
  webRoot?: string;
  /** sees every Graph request and response (contract tests) */
  onGraphExchange?: (exchange: GraphExchange) => void;
  log?: (line: string) => void;
  /** pause between archive outbox passes; default 30 s. null: no timer (tests run the outbox themselves) */
  outboxIntervalMs?: number | null;
  /** the Agents Playground as the Teams chat (issue 5) on this port (busy: a free one); default none */
  playgroundPort?: number | null;
  /** pause between notice delivery passes; default 30 s. null: no worker (tests run deliverNotices) */
  noticeIntervalMs?: number | null;
  /** the Bot Connector for chats made through Graph; default the playground's (tests: a fake connector) */
  botServiceUrl?: string;
  /** pause between reminder sweeps; default 15 min. null: no timer (tests run the sweep themselves) */
  reminderIntervalMs?: number | null;
  /** per-person limits on /api; default the production ones (src/server/http/rate-limit.ts) */
  rateLimit?: HttpAppDeps['rateLimit'];
  /** how long one Graph try may wait for an answer; default 30 s (fault tests make it short) */
  graphTimeoutMs?: number;
}

export interface DemoStack {
  url: string;
  graphUrl: string;
  municipality: Municipality;
  store: Store;
  /** the emulated Microsoft 365: its calendars and fault injection, for tests */
  graph: GraphEmulator;
  /** what the archive worker runs on (the demo library, the emulator's mail), for tests that run it */
  archiveDeps: ArchiveDeps;
  /** installs Samtale through (emulated) Graph for people without it; graph.teamwork has its switches */
  teamsApps: TeamsApps;
  /** the Teams client the bot talks to, when started (playgroundPort) */
  playground: RunningPlayground | null;
  /** what the notice delivery worker runs on, for tests that run it */
  deliveryDeps: DeliveryDeps;
  /**
   * what the mail copy queue runs on (the notice timer runs it beside delivery), for tests that run it: the
   * emulator's mailboxes, where the archive's copies and the notices' mails are sent from
   */
  copyRemovalDeps: CopyRemovalDeps;
  /**
   * the table service under the store, for fault tests: stopped and started again on the same port and data
   * folder while the server keeps running (with inMemory the data does not survive it)
   */
  storage: { stop(): Promise<void>; start(): Promise<void> };
  /** the table service's settings, as SAMTALE_STORAGE_CONNECTION_STRING / SAMTALE_TABLE_PREFIX would give them */
  storeConnection: { connectionString: string; tablePrefix: string };
  stop(): Promise<void>;
}

export async function startDemoStack(opts: DemoStackOptions = {}): Promise<DemoStack> {
  const log = opts.log ?? (() => {});
  const clock = opts.clock ?? { now: () => new Date() };
  const today = opts.today ?? osloToday(clock.now());
  const hrAppRole = opts.hrAppRole ?? 'Samtale.HR';
  const generated = generateMunicipality({ seed: opts.seed ?? 2026, today });
  const municipality = opts.reshape ? opts.reshape(generated) : generated;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e: unknown) => log(`stop failed: ${String(e)}`));
  };
  try {
    const dataDir = path.resolve(opts.dataDir ?? '.data');
    const azuriteOptions = { inMemory: opts.inMemory ?? false, location: path.join(dataDir, 'azurite') };
    let azurite = await startAzurite(azuriteOptions);
    stops.push(() => azurite.stop());
    const storage = {
      stop: () => azurite.stop(),
      start: async () => {
        azurite = await startAzurite({ ...azuriteOptions, port: azurite.port });
      },
    };
    const store = createTableStore({
      connectionString: azurite.connectionString,
      tablePrefix: opts.tablePrefix ?? 'samtale',
    });
    await seedHistory(store, municipality, `${opts.seed ?? 2026}_${today}`);

    const graph = await startGraphEmulator({ municipality, port: 0, onExchange: opts.onGraphExchange });
    stops.push(graph.stop);
    const identity = await createDemoIdentity({ tenantId: municipality.tenantId, now: () => clock.now() });
    const client = createGraphClient({
      baseUrl: graph.url,
      getToken: identity.signAppToken,
      timeoutMs: opts.graphTimeoutMs,
    });

    // one mailer for the notices, the archive's copies and the removal of their copies
    const mailer = createGraphMailer({ client });
    const deps: HttpAppDeps = {
      publicConfig: { mode: 'demo', tenantId: municipality.tenantId, clientId: null, apiScope: null },
      verify: createTokenVerifier({
        tenantId: municipality.tenantId,
        audiences: [DEMO_AUDIENCE],
        keys: identity.keys,
        authorityHost: DEMO_AUTHORITY,
        requiredScope: DEMO_SCOPE,
        now: () => clock.now(),
      }),
      directory: createGraphDirectory({ client, positionPercentAttribute: opts.positionPercentAttribute }),
      calendar: createGraphCalendar({ client }),
      store,
      clock,
      newId: randomUUID,
      policyFor: createPolicySource(store, log),
      // set once the server listens (port 0 picks it); invitations are only sent after that
      publicUrl: '',
      hrAppRole,
      demo: demoSignIn(municipality, identity, hrAppRole),
      webRoot: opts.webRoot ?? path.resolve('dist'),
      log,
      rateLimit: opts.rateLimit,
    };
    // the bot (src/server/bot) on the same server; notices the use cases store wake its delivery worker
    const bot = createDemoBot({
      deps: Object.assign(deps, { tenantId: municipality.tenantId }),
      municipality,
      identity,
      mailer,
      playgroundPort: opts.playgroundPort ?? null,
      dataDir,
      noticeIntervalMs: opts.noticeIntervalMs,
      botServiceUrl: opts.botServiceUrl,
    });
    deps.bot = bot.adapter;
    deps.noticesQueued = bot.kick;
    await bot.initialize();
    const server = await listen(createHttpApp(deps), opts.host ?? '127.0.0.1', opts.port ?? 0);
    stops.push(server.close);
    deps.publicUrl = server.url;
    const archiveDeps: ArchiveDeps = {
      store,
      directory: deps.directory,
      clock,
      archive: createSharePointArchive({ client, driveId: demoArchive(municipality).driveId }),
      pdf: createPdfmakeRenderer(),
      mailer,
      policyFor: deps.policyFor,
      municipalityName: municipality.name,
      retentionLabel: null,
    };
    if (opts.outboxIntervalMs !== null) {
      const outbox = startOutboxTimer({ deps: archiveDeps, intervalMs: opts.outboxIntervalMs, log });
      stops.push(outbox.stop);
    }
    if (opts.reminderIntervalMs !== null) {
      const reminders = startReminderTimer({
        deps: { store, clock, directory: deps.directory, policyFor: deps.policyFor },
        intervalMs: opts.reminderIntervalMs,
        log,
      });
      stops.push(reminders.stop);
    }
    const teamsApps = createTeamsApps({
      client,
      teamsAppId: DEMO_TEAMS_APP.externalId,
      catalogAppId: null,
      graphBaseUrl: graph.url,
    });
    stops.push(bot.stop);
    const { playground, deliveryDeps } = await bot.start(server.url, teamsApps, graph.teamwork);
    return {
      url: server.url,
      graphUrl: graph.url,
      municipality,
      store,
      graph,
      archiveDeps,
      teamsApps,
      playground,
      deliveryDeps,
      copyRemovalDeps: { store, clock, mailer },
      storage,
      storeConnection: {
        connectionString: azurite.connectionString,
        tablePrefix: opts.tablePrefix ?? 'samtale',
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
