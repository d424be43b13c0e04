// The Teams SDK's transport seam (IHttpServerAdapter) on our one Hono app: `app.initialize()` registers the
// messaging route here, and Hono serves it beside /api, so the bot needs no second server or port. The SDK
// keeps the protocol (token validation, activity routing, invoke responses); this file only moves bytes.
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { Context } from 'hono';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';

export class HonoBotAdapter implements IHttpServerAdapter {
  private readonly routes = new Map<string, HttpRouteHandler>();

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    if (method !== 'POST') throw new Error(`the bot adapter serves POST only, not ${String(method)}`);
    this.routes.set(path, handler);
  }

  /** whether the SDK has registered this path yet (app.initialize() ran) */
  serves(path: string): boolean {
    return this.routes.has(path);
  }

  /**
   * The Hono handler for a path the SDK registers. Until `app.initialize()` has run, the bot answers 503 so
   * the Bot Connector retries instead of dropping the activity.
   */
  handler(path: string): (c: Context) => Promise<Response> {
    return async (c) => {
      const route = this.routes.get(path);
      if (!route) return c.json({ error: 'the bot is starting' }, 503);
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json({ error: 'expected an activity as JSON' }, 400);
      }
      const headers: Record<string, string> = {};
      c.req.raw.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      const response = await route({ body, headers });
      if (response.body === undefined || response.body === null)
        return c.body(null, response.status as StatusCode);
      return c.json(response.body as object, response.status as ContentfulStatusCode);
    };
  }
}
