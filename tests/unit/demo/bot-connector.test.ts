// The local Bot Connector holds a bot to Teams' limits: a burst into one chat, the sliding window, the
// app-wide 50 a second, and what the Teams SDK's client and our Messenger adapter make of its answers.
// Its clock is the test's, so nothing here depends on timing.
import { afterEach, describe, expect, it } from 'vitest';
import { botApiClient, createTeamsMessenger } from '../../../src/adapters/bot/teams-messenger';
import { startBotConnector, type BotConnector } from '../../../src/demo/bot-connector/server';
import {
  ChatUnavailableError,
  MessengerRetryableError,
  type ChatReference,
} from '../../../src/ports/messenger';

let connector: BotConnector | null = null;
afterEach(async () => {
  await connector?.close();
  connector = null;
});

async function start(opts: Parameters<typeof startBotConnector>[0] = {}) {
  let clock = 1_000_000;
  connector = await startBotConnector({ now: () => clock, ...opts });
  const post = (conversationId: string, body: unknown = { type: 'message', text: 'hei' }) =>
    fetch(`${connector?.url}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { connector, post, advance: (ms: number) => void (clock += ms) };
}

async function statuses(responses: Promise<Response>[]) {
  return Promise.all(
    responses.map(async (r) => {
      const res = await r;
      return { status: res.status, retryAfter: res.headers.get('retry-after') };
    }),
  );
}

describe('local Bot Connector', () => {
  it('takes 7 messages into one chat in a second and answers the 8th with 429 and Retry-After', async () => {
    const { connector: c, post } = await start();
    const answers: { status: number; retryAfter: string | null }[] = [];
    for (let i = 0; i < 10; i++) answers.push(...(await statuses([post('a:chat-1')])));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(7);
    expect(answers.slice(7)).toEqual(Array(3).fill({ status: 429, retryAfter: '1' }));
    expect(c.stats()).toMatchObject({ accepted: 7, throttled: 3 });
    expect(c.stats().perConversation.get('a:chat-1')).toBe(7);
  });

  it('slides its window: 7 late in one second leave no room early in the next, and 8 in 2 s is the cap', async () => {
    const { post, advance } = await start();
    advance(900);
    for (let i = 0; i < 7; i++) expect((await post('a:chat-1')).status).toBe(201);
    advance(200); // a fixed one-second bucket would take 7 more here
    expect((await post('a:chat-1')).status).toBe(429);
    advance(800); // a second after the seven: the 1 s window is empty, the 2 s one holds 7 of 8
    expect((await post('a:chat-1')).status).toBe(201);
    const ninth = await post('a:chat-1');
    expect(ninth.status).toBe(429);
    expect(await ninth.json()).toEqual({ error: { code: 'TooManyRequests', message: 'Too many requests.' } });
  });

  it('takes 50 a second from the app across chats, and no 51st', async () => {
    const { connector: c, post, advance } = await start();
    const first = await statuses(Array.from({ length: 51 }, (_, i) => post(`a:chat-${i}`)));
    expect(first.filter((a) => a.status === 201)).toHaveLength(50);
    expect(first.filter((a) => a.status === 429)).toEqual([{ status: 429, retryAfter: '1' }]);
    advance(1000);
    expect((await post('a:chat-50')).status).toBe(201);
    expect(c.stats().accepted).toBe(51);
  });

  it('refuses a request without a bearer token, a message over 100 KB and an unknown chat', async () => {
    const { connector: c, post } = await start({ conversations: ['a:known'] });
    const anonymous = await fetch(`${c.url}v3/conversations/a:known/activities`, {
      method: 'POST',
      body: JSON.stringify({ type: 'message' }),
    });
    expect(anonymous.status).toBe(401);
    const big = await post('a:known', { type: 'message', text: 'x'.repeat(52_000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'MessageSizeTooBig' } });
    expect((await post('a:unknown')).status).toBe(404);
    expect(c.activities()).toEqual([]);
  });

  it('answers the Teams SDK client through our Messenger: sent, throttled, failed, gone, updated', async () => {
    const { connector: c, advance } = await start({ conversations: ['a:ola'], token: 'bot-token' });
    const client = botApiClient({ serviceUrl: c.url, token: async () => 'bot-token' });
    const messenger = createTeamsMessenger({ client });
    const chat: ChatReference = {
      userId: '11111111-1111-4111-8111-111111111111',
      conversationId: 'a:ola',
      serviceUrl: c.url,
      tenantId: 'tenant',
      locale: 'nb-NO',
    };
    const message = { card: { type: 'AdaptiveCard', version: '1.5', body: [] }, summary: 'Påminnelse' };
    const sent = [];
    for (let i = 0; i < 7; i++) sent.push((await messenger.send(chat, message)).activityId);
    expect(new Set(sent).size).toBe(7);
    const throttled = await messenger.send(chat, message).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(MessengerRetryableError);
    expect(throttled).toMatchObject({ status: 429, retryAfterMs: 1000 });

    advance(30_000);
    c.injectFailures(412, 1);
    expect(await messenger.send(chat, message).catch((e: unknown) => e)).toMatchObject({ status: 412 });
    await messenger.update(chat, sent[0] as string, { ...message, summary: 'Oppdatert' });
    const gone = await messenger.send({ ...chat, conversationId: 'a:removed' }, message).catch((e) => e);
    expect(gone).toBeInstanceOf(ChatUnavailableError);

    const accepted = c.activities('a:ola');
    expect(accepted).toHaveLength(8);
    expect(accepted[0]?.activity).toMatchObject({
      type: 'message',
      summary: 'Påminnelse',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
    expect(accepted[7]).toMatchObject({
      update: true,
      activityId: sent[0],
      activity: { summary: 'Oppdatert' },
    });
    expect(c.stats()).toMatchObject({ accepted: 8, throttled: 1, failed: 1 });
  });
});
