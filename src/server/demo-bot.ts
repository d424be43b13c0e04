// The bot in the demo (issue 5): the Teams SDK App on our server, notices delivered by the worker through
// the Bot Connector, and the Microsoft 365 Agents Playground as the Teams client, its chat user one demo
// employee. Kept out of demo-stack.ts so the stack only wires it in.
import path from 'node:path';
import { createTeamsMessenger } from '../adapters/bot/teams-messenger';
import type { DeliveryDeps } from '../app/delivery-deps';
import type { Municipality } from '../core/org';
import { demoPersonas } from '../demo/municipality/personas';
import { startPlayground, type RunningPlayground } from '../demo/playground';
import type { InstallationNotice } from '../demo/graph-emulator';
import type { Mailer } from '../ports/mailer';
import type { TeamsApps } from '../ports/teams-apps';
import type { DemoIdentity } from './auth/demo-identity';
import { createBot, MESSAGING_ENDPOINT } from './bot/bot-app';
import type { BotDeps } from './bot/bot-deps';
import type { HonoBotAdapter } from './bot/hono-adapter';
import { createNoticeRenderer } from './bot/notice-renderer';
import { startNoticeTimer, type NoticeTimer } from './notice-timer';

/** the demo package's bot id (manifest/env/.env.demo BOT_ID): the app registration's client id */
export const DEMO_BOT_ID = '8c1e4b7a-2f3d-4a6b-b5c9-1e7d3f9a2b40';

export interface DemoBotOptions {
  deps: BotDeps;
  municipality: Municipality;
  identity: DemoIdentity;
  mailer: Mailer;
  /** the Agents Playground's port; null: no playground (tests that talk to /api/messages themselves) */
  playgroundPort: number | null;
  dataDir: string;
  /** pause between delivery passes (default 30 s); null: no worker (tests run deliverNotices themselves) */
  noticeIntervalMs?: number | null;
  /** the Bot Connector for chats made through Graph; default the playground's */
  botServiceUrl?: string;
}

export interface DemoBot {
  adapter: HonoBotAdapter;
  /** registers /api/messages (before the server takes requests) */
  initialize(): Promise<void>;
  /** once the server listens: the playground against it, and the delivery worker */
  start(
    serverUrl: string,
    teamsApps: TeamsApps,
    /** the emulator's installations (graph.teamwork): each is told to the bot as Teams would */
    installs?: InstallationSource,
  ): Promise<{ playground: RunningPlayground | null; deliveryDeps: DeliveryDeps }>;
  /** deliver now (a use case stored a notice) */
  kick(): void;
  stop(): Promise<void>;
}

/** where installations through Graph are announced (the emulator's teamwork store) */
export interface InstallationSource {
  onInstalled(listener: (notice: InstallationNotice) => Promise<void>): () => void;
}

export function createDemoBot(options: DemoBotOptions): DemoBot {
  const { deps } = options;
  const bot = createBot(deps, {
    mode: 'demo',
    botId: DEMO_BOT_ID,
    token: () => options.identity.signBotToken(DEMO_BOT_ID),
  });
  let playground: RunningPlayground | null = null;
  let timer: NoticeTimer | null = null;
  let unsubscribe = () => {};
  return {
    adapter: bot.adapter,
    initialize: bot.initialize,
    async start(serverUrl, teamsApps, installs) {
      if (options.playgroundPort !== null) {
        const { user, others } = chatPeople(options.municipality);
        playground = await startPlayground({
          botEndpoint: `${serverUrl}${MESSAGING_ENDPOINT}`,
          botId: DEMO_BOT_ID,
          municipality: options.municipality,
          user,
          others,
          port: options.playgroundPort,
          dir: path.resolve(options.dataDir, 'playground'),
        });
      }
      const deliveryDeps: DeliveryDeps = {
        store: deps.store,
        clock: deps.clock,
        directory: deps.directory,
        messenger: createTeamsMessenger({ client: bot.app.api }),
        renderer: createNoticeRenderer(deps),
        mailer: options.mailer,
        teamsApps,
        serviceUrl: options.botServiceUrl ?? playground?.connectorUrl ?? 'http://127.0.0.1:9/_connector',
        tenantId: deps.tenantId,
      };
      if (installs)
        unsubscribe = installs.onInstalled((notice) =>
          announceInstallation(`${serverUrl}${MESSAGING_ENDPOINT}`, notice, deliveryDeps.serviceUrl).catch(
            (error: unknown) => deps.log(`bot: installation not announced: ${String(error)}`),
          ),
        );
      if (options.noticeIntervalMs !== null)
        timer = startNoticeTimer({
          deps: deliveryDeps,
          ...(options.noticeIntervalMs === undefined ? {} : { intervalMs: options.noticeIntervalMs }),
          log: deps.log,
        });
      return { playground, deliveryDeps };
    },
    kick: () => timer?.kick(),
    async stop() {
      unsubscribe();
      await timer?.stop();
      await playground?.stop();
    },
  };
}

/**
 * What Teams sends the bot after Samtale was installed for a person through Graph: a conversationUpdate in
 * the new personal chat, with the Bot Connector that serves it. The bot keeps that chat (and its serviceUrl)
 * as from any installation; in the demo the emulator stands for Teams and this stands for its message.
 */
export async function announceInstallation(
  endpoint: string,
  notice: InstallationNotice,
  serviceUrl: string,
): Promise<void> {
  const bot = { id: `28:${notice.botId ?? DEMO_BOT_ID}`, name: 'Samtale' };
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'conversationUpdate',
      id: `install-${notice.installationId}`,
      channelId: 'msteams',
      serviceUrl,
      from: { id: `29:${notice.userId}`, aadObjectId: notice.userId },
      recipient: bot,
      conversation: { id: notice.chatId, conversationType: 'personal', tenantId: notice.tenantId },
      membersAdded: [bot],
      channelData: { tenant: { id: notice.tenantId } },
    }),
  });
  if (!res.ok) throw new Error(`/api/messages answered ${res.status}`);
}

/**
 * Who chats in the playground: the demo's employee persona (the first leader's settled employee, whose
 * conversation the leader persona books), and five others, the leader first, for the group chat.
 */
export function chatPeople(m: Municipality) {
  const personas = demoPersonas(m);
  const byId = new Map(m.people.map((p) => [p.id, p]));
  const employee = personas.find((p) => p.role === 'employee');
  const user = employee ? byId.get(employee.personId) : undefined;
  if (!user) throw new Error('the demo municipality has no employee persona');
  const leaderIds = personas.filter((p) => p.role === 'leader').map((p) => p.personId);
  const colleagues = m.people
    .filter((p) => p.managerId === user.managerId && p.id !== user.id)
    .map((p) => p.id);
  const ids = [...new Set([...leaderIds, ...colleagues, ...m.people.map((p) => p.id)])].filter(
    (id) => id !== user.id,
  );
  return { user, others: ids.slice(0, 5).map((id) => byId.get(id)!) };
}
