// The Teams SDK's transport seam on Hono: the route the SDK registers answers on our app, with the body and
// headers the SDK needs, its status and body back; before app.initialize() the bot says it is starting.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { HonoBotAdapter } from '../../../../src/server/bot/hono-adapter';

function appWith(adapter: HonoBotAdapter) {
  const app = new Hono();
  app.post('/api/messages', adapter.handler('/api/messages'));
  return app;
}
const post = (app: Hono, body: string, headers: Record<string, string> = {}) =>
  app.request('/api/messages', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('HonoBotAdapter', () => {
  it('answers 503 until the SDK has registered the route, so the Bot Connector retries', async () => {
    const res = await post(appWith(new HonoBotAdapter()), '{}');
    expect(res.status).toBe(503);
  });

  it('hands the SDK the parsed activity and the headers (Authorization for token validation), and returns its answer', async () => {
    const adapter = new HonoBotAdapter();
    const app = appWith(adapter);
    let seen: { body: unknown; headers: Record<string, string | string[]> } | undefined;
    adapter.registerRoute('POST', '/api/messages', async (request) => {
      seen = request;
      return {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: {} },
      };
    });
    expect(adapter.serves('/api/messages')).toBe(true);
    const res = await post(app, JSON.stringify({ type: 'invoke', name: 'adaptiveCard/action' }), {
      Authorization: 'Bearer abc',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ statusCode: 200 });
    expect(seen?.body).toEqual({ type: 'invoke', name: 'adaptiveCard/action' });
    expect(seen?.headers.authorization).toBe('Bearer abc');
  });

  it('passes a refusal through (401 from token validation) and answers an empty body as such', async () => {
    const adapter = new HonoBotAdapter();
    const app = appWith(adapter);
    adapter.registerRoute('POST', '/api/messages', async (request) =>
      (request.body as { type: string }).type === 'message'
        ? { status: 401, body: { error: 'JWT validation failed' } }
        : { status: 200 },
    );
    const refused = await post(app, JSON.stringify({ type: 'message' }));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'JWT validation failed' });
    const empty = await post(app, JSON.stringify({ type: 'typing' }));
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe('');
  });

  it('refuses a body that is not JSON without calling the SDK', async () => {
    const adapter = new HonoBotAdapter();
    let called = false;
    adapter.registerRoute('POST', '/api/messages', async () => {
      called = true;
      return { status: 200 };
    });
    expect((await post(appWith(adapter), 'not json')).status).toBe(400);
    expect(called).toBe(false);
  });
});
