// Production composition: Azure Table Storage / Cosmos DB for Table, Microsoft Graph, Entra ID.
// The same adapters and HTTP app as the demo; only the outside systems differ.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { createRemoteJWKSet } from 'jose';
import { createGraphCalendar } from '../adapters/graph/calendar';
import { createGraphClient } from '../adapters/graph/client';
import { createGraphDirectory } from '../adapters/graph/directory';
import { createGraphMailer } from '../adapters/graph/mailer';
import { createSharePointArchive } from '../adapters/graph/sharepoint-archive';
import { createPdfmakeRenderer } from '../adapters/pdf/pdfmake-renderer';
import { createTableStore } from '../adapters/tables/table-store';
import { AppError } from '../core/errors';
import { createTokenVerifier } from './auth/verify-token';
import type { ProductionConfig } from './config';
import { createHttpApp } from './http/app';
import { listen, type Listening } from './listen';
import { startOutboxTimer } from './outbox-timer';
import { startReminderTimer } from './reminder-timer';
import { createPolicySource } from './policy-source';
import { createProductionBot } from './production-bot';

export const API_SCOPE = 'access_as_user';

export async function startProductionServer(
  config: ProductionConfig,
  log: (line: string) => void,
): Promise<Listening> {
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authority: `${config.authorityHost}/${config.tenantId}`,
    },
  });
  // App-only Graph token (client credentials); msal caches it until shortly before expiry.
  const graphScope = new URL('.default', config.graphBaseUrl).toString();
  const getGraphToken = async () => {
    const result = await msal.acquireTokenByClientCredential({ scopes: [graphScope] });
    if (!result?.accessToken) throw new AppError('upstream-unavailable', 'no Graph token from Entra ID');
    return result.accessToken;
  };
  const keys = createRemoteJWKSet(new URL(`${config.authorityHost}/${config.tenantId}/discovery/v2.0/keys`));
  const graph = createGraphClient({ baseUrl: config.graphBaseUrl, getToken: getGraphToken });
  const store = createTableStore({
    connectionString: config.storageConnectionString,
    tablePrefix: config.tablePrefix,
  });
  const directory = createGraphDirectory({
    client: graph,
    positionPercentAttribute: config.positionPercentAttribute,
  });
  const clock = { now: () => new Date() };
  const policyFor = createPolicySource(store, log);
  // the Teams bot at /api/messages, and the worker that delivers what the use cases tell people
  const bot = createProductionBot({ config, graph, store, directory, clock, policyFor, log });
  await bot.initialize();
  const app = createHttpApp({
    publicConfig: {
      mode: 'production',
      tenantId: config.tenantId,
      clientId: config.clientId,
      apiScope: `${config.apiAudience}/${API_SCOPE}`,
    },
    verify: createTokenVerifier({
      tenantId: config.tenantId,
      audiences: [config.apiAudience, config.clientId],
      keys,
      authorityHost: config.authorityHost,
      requiredScope: API_SCOPE,
    }),
    directory,
    calendar: createGraphCalendar({ client: graph }),
    store,
    clock,
    newId: randomUUID,
    policyFor,
    publicUrl: config.publicUrl,
    hrAppRole: config.hrAppRole,
    demo: null,
    bot: bot.adapter,
    noticesQueued: bot.kick,
    webRoot: path.resolve('dist'),
    log,
  });
  const listening = await listen(app, config.host, config.port);
  bot.start();
  // every instance runs the sweep; its lease lets one of them do the work (DESIGN §8)
  const reminders = startReminderTimer({ deps: { store, clock, directory, policyFor }, log });
  const server = {
    ...listening,
    close: async () => {
      await reminders.stop();
      await bot.stop();
      await listening.close();
    },
  };
  if (!config.archiveDriveId || !config.municipalityName) {
    const missing = [
      config.archiveDriveId ? null : 'SAMTALE_ARCHIVE_DRIVE_ID',
      config.municipalityName ? null : 'SAMTALE_MUNICIPALITY_NAME',
    ].filter(Boolean);
    log(
      `archiving is OFF (${missing.join(', ')} not set): signed referater wait in the outbox until it is on`,
    );
    return server;
  }
  const outbox = startOutboxTimer({
    deps: {
      store,
      directory,
      clock,
      archive: createSharePointArchive({ client: graph, driveId: config.archiveDriveId }),
      pdf: createPdfmakeRenderer(),
      mailer: createGraphMailer({ client: graph }),
      policyFor,
      municipalityName: config.municipalityName,
      retentionLabel: config.archiveRetentionLabel,
    },
    log,
  });
  log(`archiving on: outbox worker ${outbox.owner}`);
  return {
    ...server,
    close: async () => {
      await outbox.stop();
      await server.close();
    },
  };
}
