// Production's bot validates every inbound activity as the Teams SDK does (a Bot Framework token for our app
// id): an activity without one, or with a forged one, is refused and reaches no handler. Only the demo,
// bound to loopback, takes the Agents Playground's unsigned activities.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../src/adapters/memory/memory-store';
import type { Calendar } from '../../../../src/ports/calendar';
import type { Directory } from '../../../../src/ports/directory';
import { createBot, MESSAGING_ENDPOINT } from '../../../../src/server/bot/bot-app';
import type { BotDeps } from '../../../../src/server/bot/bot-deps';

const TENANT = '11111111-2222-4333-8444-555555555555';
const touched: string[] = [];
const directory: Directory = new Proxy({} as Directory, {
  get: (_, name) => () => {
    touched.push(String(name));
    return Promise.reject(new Error('not called'));
  },
});
const store = createMemoryStore();
const deps: BotDeps = {
  store,
  directory,
  calendar: new Proxy({} as Calendar, { get: () => () => Promise.reject(new Error('not called')) }),
  clock: { now: () => new Date('2026-11-23T12:00:00Z') },
  newId: () => 'x',
  policyFor: () => Promise.reject(new Error('not called')),
  publicUrl: 'https://samtale.kommune.example',
  tenantId: TENANT,
  log: () => {},
};

describe('the bot in production', () => {
  it('refuses activities without a valid Bot Framework token', async () => {
    const bot = createBot(deps, {
      mode: 'production',
      clientId: '6f1c2a4e-0000-4000-8000-000000000001',
      clientSecret: 'from-key-vault',
      tenantId: TENANT,
    });
    await bot.initialize();
    const app = new Hono();
    app.post(MESSAGING_ENDPOINT, bot.adapter.handler(MESSAGING_ENDPOINT));
    const activity = {
      type: 'message',
      text: 'mine samtaler',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      from: { id: '29:x', aadObjectId: '11111111-1111-4111-8111-111111111111' },
      conversation: { id: 'a:1', conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    };
    for (const authorization of [undefined, 'Bearer not-a-token']) {
      const res = await app.request(MESSAGING_ENDPOINT, {
        method: 'POST',
        body: JSON.stringify(activity),
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      });
      expect(res.status).toBe(401);
    }
    expect(touched).toEqual([]);
    expect(await store.list('chatReferences', '11111111-1111-4111-8111-111111111111')).toEqual([]);
  });
});
