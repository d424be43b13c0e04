// A Microsoft Graph v1.0 stand-in for demo and tests, serving one municipality. Each group of routes
// lives in its own file and registers itself here (users, drive, calendar, mail, rooms, $batch).
// The entry of the emulator (imported as '../demo/graph-emulator'), not a barrel: it builds the server.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { ZMunicipality } from '../../core/org';
import type { Municipality } from '../../core/org';
import { requireToken } from './auth';
import { registerDriveRoutes } from './drive-routes';
import { demoArchive } from './drive-store';
import { registerBatchRoutes } from './batch-routes';
import { createCalendarStore } from './calendar-store';
import type { CalendarStore } from './calendar-store';
import { graphError } from './errors';
import { newEventId, registerEventRoutes } from './event-routes';
import { recordExchanges } from './exchange';
import type { EmulatorEnv, GraphExchange } from './exchange';
import { createFaults } from './faults';
import type { Faults } from './faults';
import { registerMailRoutes } from './mail-routes';
import { createMailboxStore } from './mailbox-store';
import type { MailOutbox } from './mailbox-store';
import { createMailboxThrottle } from './mailbox-throttle';
import type { MailboxThrottle } from './mailbox-throttle';
import { registerRoomRoutes } from './rooms-routes';
import { registerScheduleRoutes } from './schedule-routes';
import { registerTeamworkRoutes } from './teamwork-routes';
import { createTeamworkStore, DEMO_TEAMS_APP } from './teamwork-store';
import type { CatalogApp, TeamworkControl } from './teamwork-store';
import { createTenant } from './tenant';
import { registerUserRoutes } from './users-routes';

export type { GraphExchange } from './exchange';
export { emulatorToken } from './auth';
export { demoArchive } from './drive-store';
export type { DemoArchive } from './drive-store';
export { createFaults } from './faults';
export type { FaultSpec, Faults } from './faults';
export type { MailboxMessage, MailOutbox, SentMail } from './mailbox-store';
export { DEMO_TEAMS_APP } from './teamwork-store';
export type { CatalogApp, InstallationNotice, TeamworkControl } from './teamwork-store';

export interface GraphEmulatorOptions {
  municipality: Municipality;
  /** 0 (default) picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** called once per request with what was asked and answered (contract tests record these) */
  onExchange?: (e: GraphExchange) => void;
  /** failures on demand for tests (429, 503, held-back answers); one is made when absent */
  faults?: Faults;
  /** how long each mailbox (calendar) request takes, so concurrency limits bite in tests; default 0 */
  mailboxLatencyMs?: number;
  /** the tenant app catalog's apps; default Samtale as DEMO_TEAMS_APP, published to the organisation */
  teamsApps?: Array<Pick<CatalogApp, 'externalId' | 'displayName'> & Partial<CatalogApp>>;
}

export interface GraphEmulator {
  /** the Graph root to hand the client, e.g. 'http://127.0.0.1:43121/'; routes sit under v1.0/ as on Graph */
  url: string;
  stop(): Promise<void>;
  /** inject and clear failures */
  faults: Faults;
  /** the mailboxes' calendars, for tests that check what was booked */
  calendar: CalendarStore;
  /** the per-mailbox concurrency limit's record */
  throttle: MailboxThrottle;
  /** the mails sent (drafts sent), and what each mailbox holds, for tests */
  mail: MailOutbox;
  /** the app catalog, installations and the admin's switches (block, unpublish); onInstalled for the bot */
  teamwork: TeamworkControl;
}

export function createGraphApp(
  options: Pick<
    GraphEmulatorOptions,
    'municipality' | 'onExchange' | 'faults' | 'mailboxLatencyMs' | 'teamsApps'
  >,
): Hono<EmulatorEnv> {
  return buildGraphApp(options).app;
}

function buildGraphApp(
  options: Pick<
    GraphEmulatorOptions,
    'municipality' | 'onExchange' | 'faults' | 'mailboxLatencyMs' | 'teamsApps'
  >,
) {
  const municipality = ZMunicipality.parse(options.municipality);
  const tenant = createTenant(municipality);
  const calendar = createCalendarStore(municipality, newEventId);
  const faults = options.faults ?? createFaults();
  const throttle = createMailboxThrottle({
    resolve: (key) => calendar.mailbox(key)?.id,
    latencyMs: options.mailboxLatencyMs,
  });
  const app = new Hono<EmulatorEnv>();
  app.use('*', recordExchanges(options.onExchange));
  app.use('/v1.0/*', requireToken());
  app.use('/v1.0/*', faults.middleware());
  app.use('/v1.0/*', throttle.middleware());
  registerUserRoutes(app, tenant);
  registerDriveRoutes(app, { archive: demoArchive(tenant.municipality) });
  registerScheduleRoutes(app, calendar);
  registerEventRoutes(app, calendar);
  registerRoomRoutes(app, municipality.rooms);
  registerBatchRoutes(app);
  const mail = createMailboxStore(newEventId);
  registerMailRoutes(app, tenant, mail);
  const teamwork = createTeamworkStore({
    tenantId: municipality.tenantId,
    apps: options.teamsApps ?? [DEMO_TEAMS_APP],
  });
  registerTeamworkRoutes(app, tenant, teamwork);
  app.notFound((c) => {
    const segment = new URL(c.req.url).pathname.split('/').filter(Boolean).pop() ?? '';
    return graphError(c, 400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  });
  app.onError((err, c) => graphError(c, 500, 'InternalServerError', `Graph emulator failed: ${err.message}`));
  return { app, faults, calendar, throttle, mail, teamwork };
}

export async function startGraphEmulator(options: GraphEmulatorOptions): Promise<GraphEmulator> {
  const { app, faults, calendar, throttle, mail, teamwork } = buildGraphApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(s as Server),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    faults,
    calendar,
    throttle,
    mail,
    teamwork,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        faults.clear(); // answers held back by a delay fault are let go, so close() is not kept waiting
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
