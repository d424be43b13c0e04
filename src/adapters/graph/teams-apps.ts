// The TeamsApps port on Microsoft Graph, as Microsoft's "proactive installation" guide does it: find Samtale
// in the person's installed apps by its manifest id; if absent, find its id in the tenant app catalog and
// POST the installation (201 has no body, 409 means it is there already), list again for the installation
// id, then GET the installation's chat, whose id is the bot's conversation id for that person.
// Application permissions: TeamsAppInstallation.ReadWriteSelfForUser.All (the app installs only itself) and,
// unless IT configures the catalog id, AppCatalog.Read.All to look it up (docs/deploy.md).
import type { Client, GraphRequest } from '@microsoft/microsoft-graph-client';
import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { EnsureInstalledResult, NotInstallable, TeamsApps } from '../../ports/teams-apps';
import { GraphRequestError, toGraphRequestError } from './errors';
import { DEFAULT_RETRY, sleep, withRetry } from './graph-retry';
import type { RetryPolicy } from './graph-retry';

export interface GraphTeamsAppsOptions {
  client: Client;
  /** the id in Samtale's app manifest (TEAMS_APP_ID of the app package); the catalog's externalId */
  manifestId: string;
  /** the Graph root the installation's teamsApp@odata.bind link points at; default 'https://graph.microsoft.com/' */
  graphBaseUrl?: string;
  /** the catalog's id of Samtale, when IT configured it: the catalog is then never read */
  catalogAppId?: string | null;
  /** retries, pauses and timeout per request (graph-retry.ts); tests shorten them */
  retry?: Partial<RetryPolicy>;
  /** pauses while a new installation or its chat is not visible yet (Graph is eventually consistent); default 1, 2, 4 s */
  settleDelaysMs?: number[];
}

const ZTeamsApp = z.object({
  id: z.string().min(1),
  externalId: z.string().nullish(),
  distributionMethod: z.string().nullish(),
});
const ZCatalog = z.object({ value: z.array(ZTeamsApp) });
const ZInstallations = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const ZChat = z.object({ id: z.string().min(1) });

const INSTALLED = '/users/{id}/teamwork/installedApps';
const CATALOG = '/appCatalogs/teamsApps';

export function createGraphTeamsApps(options: GraphTeamsAppsOptions): TeamsApps {
  const { client, manifestId } = options;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const settle = options.settleDelaysMs ?? [1000, 2000, 4000];
  let catalogId: Promise<string | null> | null = null;
  const base = options.graphBaseUrl ?? 'https://graph.microsoft.com/';
  const graphRoot = base.endsWith('/') ? base : `${base}/`;

  /** one Graph request under the shared retry rule (429/502/503/504 and timeouts); failures as GraphRequestError */
  const call = async <T>(
    template: string,
    path: string,
    run: (r: GraphRequest) => Promise<unknown>,
    parse: z.ZodType<T>,
  ) => {
    try {
      const raw = await withRetry(retry, (signal) =>
        run(
          client
            .api(path)
            .middlewareOptions([new RetryHandlerOptions(0, 0)])
            .option('signal', signal),
        ),
      );
      return parse.parse(raw);
    } catch (error) {
      throw toGraphRequestError(error, template);
    }
  };

  const findInstallation = async (userId: string): Promise<string | null> => {
    const page = await call(
      INSTALLED,
      installedPath(userId),
      (r) =>
        r
          .expand('teamsApp')
          .filter(`teamsApp/externalId eq ${literal(manifestId)}`)
          .get(),
      ZInstallations,
    );
    return page.value[0]?.id ?? null;
  };

  const lookUpCatalogId = async (): Promise<string | null> => {
    if (options.catalogAppId) return options.catalogAppId;
    const page = await call(
      CATALOG,
      CATALOG,
      (r) => r.filter(`externalId eq ${literal(manifestId)}`).get(),
      ZCatalog,
    );
    // Graph installs only apps published to the organisation (or the Store); a sideloaded copy does not count.
    return page.value.find((a) => a.distributionMethod === 'organization')?.id ?? null;
  };
  const catalogIdOnce = () => {
    catalogId ??= lookUpCatalogId().catch((error: unknown) => {
      catalogId = null; // a failed look-up is asked again next time
      throw error;
    });
    return catalogId;
  };

  /** the installation and its chat, waiting out Graph's lag after a fresh install */
  const chatOf = async (userId: string, known: string | null) => {
    for (let attempt = 0; ; attempt++) {
      const installationId = known ?? (await findInstallation(userId));
      if (installationId) {
        try {
          const path = `${installedPath(userId)}/${encodeURIComponent(installationId)}/chat`;
          return (await call(`${INSTALLED}/{id}/chat`, path, (r) => r.get(), ZChat)).id;
        } catch (error) {
          if (!(error instanceof GraphRequestError) || error.status !== 404) throw error;
        }
      }
      const pause = settle[attempt];
      if (pause === undefined)
        throw new GraphRequestError(
          0,
          'InstallationPending',
          INSTALLED,
          'installed, but its chat is not there yet',
        );
      await sleep(pause);
    }
  };

  /** POST the installation; true when it was ours, false when Graph says it is there already (409) */
  const install = async (userId: string, appId: string): Promise<boolean> => {
    let tries = 0;
    try {
      const body = {
        'teamsApp@odata.bind': `${graphRoot}v1.0/appCatalogs/teamsApps/${encodeURIComponent(appId)}`,
      };
      const post = (r: GraphRequest) => {
        tries += 1;
        return r.post(body);
      };
      await call(INSTALLED, installedPath(userId), post, z.unknown());
      return true;
    } catch (error) {
      if (!(error instanceof GraphRequestError) || error.status !== 409) throw error;
      // There already: another delivery raced us, or an earlier try of ours went through unanswered.
      return tries > 1;
    }
  };

  return {
    async ensureInstalled(userId): Promise<EnsureInstalledResult> {
      // which step failed tells what a 404 means: the person while listing, the app once installing
      let step: 'list' | 'catalog' | 'install' = 'list';
      try {
        const existing = await findInstallation(userId);
        if (existing) return { chatId: await chatOf(userId, existing), installedNow: false };
        step = 'catalog';
        const appId = await catalogIdOnce();
        if (!appId)
          return notInstallable('app-not-in-catalog', `no app ${manifestId} published to the organisation`);
        step = 'install';
        const installedNow = await install(userId, appId);
        return { chatId: await chatOf(userId, null), installedNow };
      } catch (error) {
        const failure = toGraphRequestError(error, INSTALLED);
        if (failure.status === 403) return notInstallable('forbidden', failure.message);
        if (failure.status !== 404) throw failure;
        if (step === 'list') return notInstallable('user-not-found', failure.message);
        catalogId = null; // the catalog id went stale: the app was removed, or published anew
        return notInstallable('app-not-in-catalog', failure.message);
      }
    },
  };
}

function notInstallable(reason: NotInstallable['reason'], detail: string): NotInstallable {
  return { notAllowed: true, reason, detail };
}

function installedPath(userId: string): string {
  return `/users/${encodeURIComponent(userId)}/teamwork/installedApps`;
}

/** an OData string literal: quoted, a quote inside doubled */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
