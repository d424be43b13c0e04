// A local Bot Connector that holds the bot to Teams' limits, for tests and the send-rate bench: it speaks
// the part of the Bot Connector REST API the Teams SDK's client (@microsoft/teams.api) calls to post and
// update a message in a chat, answers 429 with Retry-After (whole seconds, as Teams does) when a chat or
// the app goes over its sliding-window limit (limits.ts), 413 MessageSizeTooBig over 100 KB, and counts what
// it accepted per conversation, so a test can say "delivered == queued, none twice".
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import type { AddressInfo } from 'node:net';
import { ArrivalLog, TEAMS_PUBLISHED_LIMITS, type ConnectorLimits } from './limits';

/**
 * Teams: "The bot message size limit is 100 KB", counted in UTF-16 ("format your bot messages"); beyond it
 * the bot gets 413 with MessageSizeTooBig.
 */
const MESSAGE_SIZE_LIMIT_BYTES = 100 * 1024;

export interface ConnectorActivity {
  conversationId: string;
  activityId: string;
  /** the activity as posted (type, summary, attachments …) */
  activity: Record<string, unknown>;
  /** arrival time on the connector's clock, milliseconds */
  at: number;
  /** true for a PUT that replaced an earlier message */
  update: boolean;
}

export interface BotConnectorOptions {
  /** default Teams' published limits */
  limits?: ConnectorLimits;
  /** the connector's clock in milliseconds; tests pass their own, default the real one */
  now?: () => number;
  /** when given, only these conversations exist; any other answers 404 (the chat is gone) */
  conversations?: readonly string[];
  /** when given, the Authorization header must be exactly `Bearer <token>`; else any bearer token passes */
  token?: string;
  port?: number;
}

export interface ConnectorStats {
  accepted: number;
  /** answered 429 */
  throttled: number;
  /** answered by an injected failure */
  failed: number;
  /** accepted messages per conversation (posts and updates) */
  perConversation: Map<string, number>;
}

export interface BotConnector {
  /** the serviceUrl a chat reference names, ending in '/' */
  url: string;
  /** what was accepted, in arrival order; for one conversation when given */
  activities(conversationId?: string): ConnectorActivity[];
  stats(): ConnectorStats;
  /** the next `count` requests answer `status` (412, 502, 504 …), with a Retry-After when given */
  injectFailures(status: number, count: number, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

export async function startBotConnector(options: BotConnectorOptions = {}): Promise<BotConnector> {
  const limits = options.limits ?? TEAMS_PUBLISHED_LIMITS;
  const now = options.now ?? (() => Date.now());
  const known = options.conversations ? new Set(options.conversations) : null;
  const keep = (windows: ConnectorLimits['perApp']) => Math.max(0, ...windows.map((w) => w.ms));
  const appLog = new ArrivalLog(keep(limits.perApp));
  const logs = new Map<string, ArrivalLog>();
  const accepted: ConnectorActivity[] = [];
  const stats: ConnectorStats = { accepted: 0, throttled: 0, failed: 0, perConversation: new Map() };
  const failures: { status: number; retryAfterSeconds?: number }[] = [];
  let ids = 0;

  /** the checks every send goes through, in Teams' order: who, which chat, how big, how often */
  const admit = async (c: Context, conversationId: string, activityId: string | null) => {
    const auth = c.req.header('authorization') ?? '';
    if (!/^Bearer \S+$/.test(auth) || (options.token !== undefined && auth !== `Bearer ${options.token}`))
      return errorAnswer(c, 401, 'Unauthorized', 'Authorization has been denied for this request.');
    const injected = failures.shift();
    if (injected) {
      stats.failed += 1;
      if (injected.retryAfterSeconds !== undefined)
        c.header('Retry-After', String(injected.retryAfterSeconds));
      return errorAnswer(c, injected.status, 'ServiceError', 'injected failure');
    }
    if (known && !known.has(conversationId))
      return errorAnswer(c, 404, 'ConversationNotFound', 'Conversation not found.');
    const text = await c.req.text();
    if (text.length * 2 > MESSAGE_SIZE_LIMIT_BYTES)
      return errorAnswer(c, 413, 'MessageSizeTooBig', 'Message size too big.');
    let activity: Record<string, unknown>;
    try {
      activity = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return errorAnswer(c, 400, 'BadArgument', 'The activity is not JSON.');
    }
    if (activity.type !== 'message')
      return errorAnswer(c, 400, 'BadArgument', "Only activities of type 'message' are accepted here.");

    const at = now();
    const log = logs.get(conversationId) ?? new ArrivalLog(keep(limits.perConversation));
    const wait = Math.max(log.waitMs(at, limits.perConversation), appLog.waitMs(at, limits.perApp));
    if (wait > 0) {
      stats.throttled += 1;
      c.header('Retry-After', String(Math.max(1, Math.ceil(wait / 1000))));
      return errorAnswer(c, 429, 'TooManyRequests', 'Too many requests.');
    }
    logs.set(conversationId, log);
    log.add(at);
    appLog.add(at);
    const id = activityId ?? `1:${++ids}`;
    accepted.push({ conversationId, activityId: id, activity, at, update: activityId !== null });
    stats.accepted += 1;
    stats.perConversation.set(conversationId, (stats.perConversation.get(conversationId) ?? 0) + 1);
    return c.json({ id }, activityId === null ? 201 : 200);
  };

  const app = new Hono();
  app.post('/v3/conversations/:id/activities', (c) => admit(c, c.req.param('id'), null));
  app.put('/v3/conversations/:id/activities/:activityId', (c) =>
    admit(c, c.req.param('id'), c.req.param('activityId')),
  );
  app.notFound((c) => errorAnswer(c, 404, 'NotFound', 'Not served by this connector double.'));

  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    activities: (conversationId) =>
      conversationId === undefined
        ? [...accepted]
        : accepted.filter((a) => a.conversationId === conversationId),
    stats: () => ({ ...stats, perConversation: new Map(stats.perConversation) }),
    injectFailures: (status, count, retryAfterSeconds) => {
      for (let i = 0; i < count; i++) failures.push({ status, retryAfterSeconds });
    },
    close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
  };
}

/** the Bot Connector's error body: { error: { code, message } } */
function errorAnswer(c: Context, status: number, code: string, message: string) {
  return c.json({ error: { code, message } }, status as 400);
}
