// The bot in production (issue 5): the Teams SDK App on the Azure Bot's registration (SAMTALE_CLIENT_ID,
// single tenant; inbound Bot Framework tokens validated by the SDK), and the worker that delivers notices
// through the Bot Connector, installing Samtale through Graph for people without it, e-mail otherwise.
import { randomUUID } from 'node:crypto';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createTeamsMessenger } from '../adapters/bot/teams-messenger';
import { createGraphCalendar } from '../adapters/graph/calendar';
import { createGraphMailer } from '../adapters/graph/mailer';
import type { Policy } from '../core/policy/schema';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';
import { createBot } from './bot/bot-app';
import type { BotDeps } from './bot/bot-deps';
import type { HonoBotAdapter } from './bot/hono-adapter';
import { createNoticeRenderer } from './bot/notice-renderer';
import type { ProductionConfig } from './config';
import { startNoticeTimer, type NoticeTimer } from './notice-timer';
import { createTeamsApps } from './teams-apps';

export interface ProductionBotOptions {
  config: ProductionConfig;
  graph: Client;
  store: Store;
  directory: Directory;
  clock: Clock;
  policyFor(unitName: string | null): Promise<Policy>;
  log: (line: string) => void;
}

export interface ProductionBot {
  adapter: HonoBotAdapter;
  initialize(): Promise<void>;
  /** starts the delivery worker (once the server listens) */
  start(): void;
  kick(): void;
  stop(): Promise<void>;
}

export function createProductionBot(o: ProductionBotOptions): ProductionBot {
  const { config } = o;
  let timer: NoticeTimer | null = null;
  const deps: BotDeps = {
    store: o.store,
    directory: o.directory,
    calendar: createGraphCalendar({ client: o.graph }),
    clock: o.clock,
    policyFor: o.policyFor,
    newId: randomUUID,
    publicUrl: config.publicUrl,
    noticesQueued: () => timer?.kick(),
    tenantId: config.tenantId,
    log: o.log,
  };
  const bot = createBot(deps, {
    mode: 'production',
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    tenantId: config.tenantId,
  });
  return {
    adapter: bot.adapter,
    initialize: bot.initialize,
    start() {
      timer = startNoticeTimer({
        deps: {
          store: o.store,
          clock: o.clock,
          directory: o.directory,
          messenger: createTeamsMessenger({ client: bot.app.api }),
          renderer: createNoticeRenderer(deps),
          mailer: createGraphMailer({ client: o.graph }),
          teamsApps: createTeamsApps({
            client: o.graph,
            teamsAppId: config.teamsAppId,
            catalogAppId: config.teamsAppCatalogId,
            graphBaseUrl: config.graphBaseUrl,
          }),
          serviceUrl: config.botServiceUrl,
          tenantId: config.tenantId,
        },
        log: o.log,
      });
      o.log(`notice delivery on: worker ${timer.owner}`);
    },
    kick: () => timer?.kick(),
    stop: async () => {
      await timer?.stop();
    },
  };
}
