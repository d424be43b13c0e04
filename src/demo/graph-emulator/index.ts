// A Microsoft Graph v1.0 stand-in for demo and tests, serving one municipality. Each group of routes
// lives in its own file and registers itself here (users now; calendar and drive later).
// The entry of the emulator (imported as '../demo/graph-emulator'), not a barrel: it builds the server.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { ZMunicipality } from '../../core/org';
import type { Municipality } from '../../core/org';
import { requireToken } from './auth';
import { registerDriveRoutes } from './drive-routes';
import { demoArchive } from './drive-store';
import { graphError } from './errors';
import { recordExchanges } from './exchange';
import type { EmulatorEnv, GraphExchange } from './exchange';
import { createTenant } from './tenant';
import { registerUserRoutes } from './users-routes';

export type { GraphExchange } from './exchange';
export { emulatorToken } from './auth';
export { demoArchive } from './drive-store';
export type { DemoArchive } from './drive-store';

export interface GraphEmulatorOptions {
  municipality: Municipality;
  /** 0 (default) picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** called once per request with what was asked and answered (contract tests record these) */
  onExchange?: (e: GraphExchange) => void;
}

export interface GraphEmulator {
  /** the Graph root to hand the client, e.g. 'http://127.0.0.1:43121/'; routes sit under v1.0/ as on Graph */
  url: string;
  stop(): Promise<void>;
}

export function createGraphApp(
  options: Pick<GraphEmulatorOptions, 'municipality' | 'onExchange'>,
): Hono<EmulatorEnv> {
  const tenant = createTenant(ZMunicipality.parse(options.municipality));
  const app = new Hono<EmulatorEnv>();
  app.use('*', recordExchanges(options.onExchange));
  app.use('/v1.0/*', requireToken());
  registerUserRoutes(app, tenant);
  registerDriveRoutes(app, { archive: demoArchive(tenant.municipality) });
  app.notFound((c) => {
    const segment = new URL(c.req.url).pathname.split('/').filter(Boolean).pop() ?? '';
    return graphError(c, 400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  });
  app.onError((err, c) => graphError(c, 500, 'InternalServerError', `Graph emulator failed: ${err.message}`));
  return app;
}

export async function startGraphEmulator(options: GraphEmulatorOptions): Promise<GraphEmulator> {
  const app = createGraphApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(s as Server),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
