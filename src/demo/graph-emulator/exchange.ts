// What the emulator saw and answered, one record per request, so a test can hold every body
// against Graph's metadata (tests/contract/recorder.ts).
import type { MiddlewareHandler } from 'hono';
import type { Caller } from './auth';

export interface GraphExchange {
  method: string;
  /** the route as Graph documents it, e.g. '/v1.0/users/{id}/manager'; the real path when no route answered */
  path: string;
  /** the path and query actually requested */
  url: string;
  status: number;
  /** OData type of the request body, e.g. 'microsoft.graph.event'; null without one or for action parameters */
  requestType: string | null;
  requestBody: unknown;
  /** OData type of the response: 'microsoft.graph.user', 'Collection(microsoft.graph.user)', or 'odata.error' */
  responseType: string | null;
  responseBody: unknown;
}

/** what a route says about the exchange it answers */
export interface RouteFacts {
  path: string;
  requestType?: string | null;
  responseType: string | null;
}

export type EmulatorEnv = { Variables: { route: RouteFacts | undefined; caller: Caller } };

/** the record-keeping middleware; first in the chain so it also sees the auth failures */
export function recordExchanges(
  onExchange: ((e: GraphExchange) => void) | undefined,
): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    if (!onExchange) return next();
    const requestBody = await readJson(c.req.raw.clone());
    await next();
    const route = c.get('route');
    const url = new URL(c.req.url);
    const failed = c.res.status >= 400;
    onExchange({
      method: c.req.method,
      path: route?.path ?? url.pathname,
      url: url.pathname + url.search,
      status: c.res.status,
      requestType: route?.requestType ?? null,
      requestBody,
      responseType: failed ? 'odata.error' : (route?.responseType ?? null),
      responseBody: await readJson(c.res.clone()),
    });
  };
}

async function readJson(message: Request | Response): Promise<unknown> {
  const text = await message.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // not JSON: kept as text so the contract check shows it
  }
}
