// The demo stack with its bot at /api/messages, a Bot Connector double that keeps what the bot posts, and
// activities shaped as Teams sends them (personal chat, the tenant, from.aadObjectId), for the bot's tests.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { deliverNotices } from '../../../src/app/deliver-notices';
import { processCopyRemovals } from '../../../src/app/mail-copy-removals';
import type { AdaptiveCard } from '../../../src/cards/card';
import { startDemoStack, type DemoStack, type DemoStackOptions } from '../../../src/server/demo-stack';
import { createGraphRecorder } from '../../contract/recorder';
import { NOW } from '../scheduling/helpers';

export interface Posted {
  conversationId: string;
  /** set for an update (PUT) of an earlier activity */
  activityId: string | null;
  activity: { type: string; summary?: string; attachments?: { content: AdaptiveCard }[] };
}

export interface BotFixture {
  stack: DemoStack;
  graph: ReturnType<typeof createGraphRecorder>;
  connectorUrl: string;
  posted: Posted[];
  /** posts one activity to /api/messages; the invoke response's body for invokes */
  activity(body: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  /** an activity from a person in their personal chat with the bot */
  from(personId: string, fields: Record<string, unknown>): Record<string, unknown>;
  /** Action.Execute from a card, as Teams sends it */
  invoke(personId: string, verb: string, data: Record<string, unknown>): Promise<AdaptiveCard>;
  /** one pass of the notice timer: the delivery worker, and the mail copy queue beside it */
  deliver(): Promise<void>;
  /** moves the stack's clock on (it starts at the scheduling tests' NOW) */
  advance(ms: number): void;
  stop(): Promise<void>;
}

/** `options`: more for the demo stack (the access matrix lifts the rate limit, which it does not test) */
export async function startBotFixture(options: Partial<DemoStackOptions> = {}): Promise<BotFixture> {
  const posted: Posted[] = [];
  let ids = 0;
  const connector = new Hono();
  connector.post('/v3/conversations/:id/activities', async (c) => {
    posted.push({ conversationId: c.req.param('id'), activityId: null, activity: await c.req.json() });
    return c.json({ id: `activity-${++ids}` });
  });
  connector.put('/v3/conversations/:id/activities/:activityId', async (c) => {
    posted.push({
      conversationId: c.req.param('id'),
      activityId: c.req.param('activityId'),
      activity: await c.req.json(),
    });
    return c.json({ id: c.req.param('activityId') });
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: connector.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const connectorUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const graph = createGraphRecorder();
  let now = NOW.getTime();
  const stack = await startDemoStack({
    inMemory: true,
    port: 0,
    today: '2026-11-23',
    clock: { now: () => new Date(now) },
    onGraphExchange: graph.record,
    outboxIntervalMs: null,
    noticeIntervalMs: null,
    botServiceUrl: connectorUrl,
    ...options,
  });
  const tenantId = stack.municipality.tenantId;
  const from = (personId: string, fields: Record<string, unknown>) => ({
    id: `activity-in-${++ids}`,
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    locale: 'nb-NO',
    from: { id: `29:${personId}`, aadObjectId: personId },
    recipient: { id: '28:samtale', name: 'Samtale' },
    conversation: { id: `chat-${personId}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    ...fields,
  });
  const activity = async (body: Record<string, unknown>) => {
    const res = await fetch(`${stack.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    stack,
    graph,
    connectorUrl,
    posted,
    activity,
    from,
    async invoke(personId, verb, data) {
      const res = await activity(
        from(personId, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        }),
      );
      if (res.status !== 200) throw new Error(`invoke ${verb}: ${res.status} ${JSON.stringify(res.body)}`);
      const body = res.body as { statusCode: number; type: string; value: AdaptiveCard };
      if (body.statusCode !== 200 || body.type !== 'application/vnd.microsoft.card.adaptive')
        throw new Error(`invoke ${verb} answered ${JSON.stringify(body).slice(0, 300)}`);
      return body.value;
    },
    advance(ms) {
      now += ms;
    },
    async deliver() {
      await deliverNotices(stack.deliveryDeps, { owner: 'test' });
      await processCopyRemovals(stack.copyRemovalDeps, { owner: 'test' });
    },
    async stop() {
      await stack.stop();
      await new Promise<void>((done) => server.close(() => done()));
      graph.assertAllValid();
    },
  };
}

/** the card of the latest post into a chat */
export function lastCard(posted: Posted[], conversationId: string): AdaptiveCard | undefined {
  return posted.filter((p) => p.conversationId === conversationId).at(-1)?.activity.attachments?.[0]?.content;
}
