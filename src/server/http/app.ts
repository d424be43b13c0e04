// The HTTP surface of the one Node process: /api, /healthz, the tab and add-in pages, the bot endpoint.
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { AppError } from '../../core/errors';
import { errorResponse } from './errors';
import { securityHeaders } from './security';
import { RATE_LIMITS, rateLimit, type RateLimitSettings } from './rate-limit';
import { apiRoutes, type ApiDeps } from './routes/api';
import { demoRoutes, type DemoDeps } from './routes/demo';
import { MESSAGING_ENDPOINT } from '../bot/bot-app';
import type { HonoBotAdapter } from '../bot/hono-adapter';

/** the ribbon icons made by tools/make-icons.ts, kept beside the manifest that names them */
const OUTLOOK_ICONS = path.resolve(import.meta.dirname, '../../../manifest/outlook-icons');

export interface PublicConfig {
  mode: 'demo' | 'production';
  tenantId: string;
  clientId: string | null;
  apiScope: string | null;
}

export interface HttpAppDeps extends ApiDeps {
  publicConfig: PublicConfig;
  /** present only in demo mode */
  demo: DemoDeps | null;
  /** the Teams bot's transport (createBot); null: /api/messages answers 501 */
  bot?: HonoBotAdapter | null;
  /** folder holding the built pages (tab/, outlook/) */
  webRoot: string;
  log: (line: string) => void;
  /** per-person limits on /api (rate-limit.ts); default RATE_LIMITS on the process's monotonic clock */
  rateLimit?: Partial<RateLimitSettings>;
}

export function createHttpApp(deps: HttpAppDeps) {
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error, deps.log));
  app.notFound((c) => errorResponse(c, new AppError('not-found', `${c.req.path}`), deps.log));
  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    rateLimit(
      {
        ...RATE_LIMITS,
        now: () => performance.now(),
        // production runs behind App Service's front end, which appends the caller's address (docs/deploy.md)
        trustForwardedFor: deps.publicConfig.mode === 'production',
        // Teams calls the bot with its own token and limits; the demo sign-in exists only on loopback
        exempt: (p) => p === MESSAGING_ENDPOINT || p.startsWith('/api/demo/'),
        ...deps.rateLimit,
      },
      deps.verify,
    ),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 256 * 1024,
      onError: (c) => {
        // the rest of the body is never read, so the connection cannot carry another request: without this
        // the client's next request on the same keep-alive socket fails with "other side closed"
        c.header('Connection', 'close');
        throw new AppError('bad-request', 'body too large', 'body');
      },
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok', mode: deps.publicConfig.mode }));
  app.get('/api/config', (c) => c.json(deps.publicConfig));
  if (deps.demo) app.route('/api/demo', demoRoutes(deps.demo));
  // The Teams bot (src/server/bot): the Teams SDK checks the Bot Framework token and routes the activity.
  if (deps.bot) app.post(MESSAGING_ENDPOINT, deps.bot.handler(MESSAGING_ENDPOINT));
  else
    app.post(MESSAGING_ENDPOINT, (c) =>
      c.json({ error: { code: 'not-implemented', message: 'The bot is not configured.' } }, 501),
    );
  app.route('/api', apiRoutes(deps));

  app.get('/', (c) => c.redirect('/tab/'));
  // Outlook loads the ribbon button's icons by URL (manifest: /outlook/icons/icon-{16,32,80}.png).
  app.use(
    '/outlook/icons/*',
    serveStatic({
      root: path.relative(process.cwd(), OUTLOOK_ICONS),
      rewriteRequestPath: (p) => p.slice('/outlook/icons'.length),
    }),
  );
  for (const surface of ['tab', 'outlook']) {
    const root = path.relative(process.cwd(), path.join(deps.webRoot, surface));
    app.get(`/${surface}`, (c) => c.redirect(`/${surface}/`));
    app.use(
      `/${surface}/*`,
      serveStatic({ root, rewriteRequestPath: (p) => p.slice(surface.length + 1) || '/' }),
    );
    // Client-side routes (deep links from cards) fall back to the page itself.
    app.get(`/${surface}/*`, serveStatic({ root, path: 'index.html' }));
  }
  return app;
}
