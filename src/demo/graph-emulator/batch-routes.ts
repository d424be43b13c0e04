// POST /$batch (JSON batching): up to 20 requests in one, each run through this same app, so every inner
// request meets the same routes, faults, throttling and recording as a request of its own. Graph hands
// at most four of a batch's requests to Outlook at a time; each still counts against its mailbox.
import type { Hono } from 'hono';
import { z } from 'zod';
import { graphError } from './errors';
import type { EmulatorEnv } from './exchange';

export const MAX_BATCH_REQUESTS = 20;
const PARALLEL = 4;

export const ZBatchRequest = z.object({
  requests: z
    .array(
      z.object({
        id: z.string().min(1),
        method: z.enum(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']),
        url: z.string().min(1),
        headers: z.record(z.string(), z.string()).optional(),
        body: z.unknown().optional(),
        dependsOn: z.array(z.string()).optional(),
      }),
    )
    .min(1),
});
export type BatchRequest = z.infer<typeof ZBatchRequest>;

export function registerBatchRoutes(app: Hono<EmulatorEnv>): void {
  app.post('/v1.0/$batch', async (c) => {
    c.set('route', { path: '/v1.0/$batch', requestType: 'odata.batch', responseType: 'odata.batch' });
    const parsed = ZBatchRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return graphError(c, 400, 'BadRequest', 'Invalid batch payload format.');
    const { requests } = parsed.data;
    if (requests.length > MAX_BATCH_REQUESTS) {
      return graphError(
        c,
        400,
        'BadRequest',
        `Maximum number of requests in a batch is ${MAX_BATCH_REQUESTS}.`,
      );
    }
    if (new Set(requests.map((r) => r.id)).size !== requests.length) {
      return graphError(c, 400, 'BadRequest', 'Batch request ids must be unique.');
    }
    if (requests.some((r) => r.dependsOn?.length)) {
      return graphError(c, 400, 'BadRequest', 'dependsOn is not supported by the emulator.');
    }
    const origin = new URL(c.req.url).origin;
    const authorization = c.req.header('authorization');
    const run = async (request: BatchRequest['requests'][number]) => {
      const url = `${origin}/v1.0${request.url.startsWith('/') ? '' : '/'}${request.url}`;
      const headers: Record<string, string> = { ...request.headers };
      if (authorization) headers.authorization = authorization;
      if (request.body !== undefined) headers['content-type'] ??= 'application/json';
      const response = await app.request(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      });
      const text = await response.text();
      const answerHeaders: Record<string, string> = {};
      for (const name of ['content-type', 'retry-after', 'location']) {
        const value = response.headers.get(name);
        if (value !== null) answerHeaders[name === 'retry-after' ? 'Retry-After' : name] = value;
      }
      return {
        id: request.id,
        status: response.status,
        headers: answerHeaders,
        ...(text === '' ? {} : { body: JSON.parse(text) as unknown }),
      };
    };
    const responses = await inPool(requests, PARALLEL, run);
    return c.json({ responses });
  });
}

async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
  return out;
}
