// Issue 9, 4: rate limiting per user, on the demo stack with the limiter's clock held still, so a burst is a
// burst however slow the machine is. One person's burst answers 429 with Retry-After and the usual error
// body; another person, the bot endpoint, health and the pages are unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../../../src/server/demo-stack';
import { createGraphRecorder } from '../../contract/recorder';

let stack: DemoStack;
const graph = createGraphRecorder();
let nowMs = 0;

beforeAll(async () => {
  stack = await startDemoStack({
    inMemory: true,
    today: '2026-11-23',
    clock: { now: () => new Date('2026-11-23T09:00:00Z') },
    onGraphExchange: graph.record,
    outboxIntervalMs: null,
    noticeIntervalMs: null,
    reminderIntervalMs: null,
    rateLimit: { now: () => nowMs },
  });
});
afterAll(async () => {
  await stack?.stop();
  graph.assertAllValid();
});

async function tokenOf(personId: string): Promise<string> {
  const res = await fetch(`${stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}`, ...headers } : headers,
  });

async function statuses(n: number, path: string, token?: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await get(path, token);
    await res.arrayBuffer();
    out.push(res.status);
  }
  return out;
}

describe('rate limiting per person', () => {
  it('answers the 61st request of a burst with 429 and Retry-After; another person is not held up', async () => {
    nowMs = 1_000_000;
    const [first, second] = stack.municipality.people;
    const a = await tokenOf(first!.id);
    const b = await tokenOf(second!.id);

    expect(new Set(await statuses(60, '/api/me', a))).toEqual(new Set([200]));
    const refused = await get('/api/me', a, { 'accept-language': 'nn-NO' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({
      error: {
        code: 'rate-limited',
        message: 'Det kom for mange førespurnader på kort tid. Vent litt og prøv igjen.',
      },
    });
    // every kind of API call counts against the same person, and is refused the same way
    expect((await get('/api/conversations', a)).status).toBe(429);

    // the other person has a bucket of their own
    expect((await get('/api/me', b)).status).toBe(200);

    // a second later, 20 more
    nowMs += 1000;
    expect(await statuses(21, '/api/me', a)).toEqual([...Array<number>(20).fill(200), 429]);
  });

  it('holds callers without a valid token to 50 per address, forged tokens included, and 401s stay 401 until then', async () => {
    nowMs = 2_000_000;
    const [, , third] = stack.municipality.people;
    const valid = await tokenOf(third!.id);
    const anonymous = await statuses(30, '/api/config');
    const forged = await statuses(20, '/api/me', 'forged.token.value');
    expect(new Set(anonymous)).toEqual(new Set([200]));
    expect(new Set(forged)).toEqual(new Set([401]));

    const over = await get('/api/me', 'forged.token.value');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await get('/api/config')).status).toBe(429);

    // a signed-in person at the same address is counted as themselves, not as the address
    expect((await get('/api/me', valid)).status).toBe(200);
    // health, the pages and the bot endpoint are outside the limit
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/tab/')).status).not.toBe(429);
    const bot = await fetch(`${stack.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(bot.status).not.toBe(429);
    // and the demo sign-in, which exists on loopback only
    await tokenOf(third!.id);
  });
});
