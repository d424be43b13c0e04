// The tenant's Teams app catalog and who has which app installed in their personal scope, with the switches
// a Teams administrator has: an app permission policy that blocks the app for everyone or for one person,
// and publishing the app to the catalog or not. An installation also opens the person's 1:1 chat with the
// app's bot, and Teams tells the bot (conversationUpdate): listeners here stand for that notice.

/**
 * Samtale as the demo tenant's catalog holds it: the manifest id (externalId) and the bot's app id, the
 * same made-up values as the demo package (manifest/env/.env.demo: TEAMS_APP_ID, BOT_ID).
 */
export const DEMO_TEAMS_APP = {
  externalId: '5a3f1c2e-7b4d-4e8a-9c61-0d2b8e4f7a10',
  botId: '8c1e4b7a-2f3d-4a6b-b5c9-1e7d3f9a2b40',
  displayName: 'Samtale',
} as const;

export type DistributionMethod = 'store' | 'organization' | 'sideloaded';

export interface CatalogApp {
  /** the catalog's own id (Graph generates it; not the manifest id) */
  id: string;
  /** the id in the app's manifest */
  externalId: string;
  displayName: string;
  distributionMethod: DistributionMethod;
  version: string;
  /** the app id of the app's bot, null for an app without one */
  botId: string | null;
}

export interface AppInstallation {
  /** Graph's installation id: base64 of "{userId}##{teamsAppId}" */
  id: string;
  userId: string;
  teamsAppId: string;
  /** the 1:1 chat between the person and the app's bot */
  chatId: string;
  createdDateTime: string;
}

/** what Teams would tell the bot when the app is installed for someone */
export interface InstallationNotice {
  userId: string;
  tenantId: string;
  installationId: string;
  /** the chat's id, which is the Bot Framework conversation id of the personal chat */
  chatId: string;
  teamsAppId: string;
  externalId: string;
  botId: string | null;
}

export interface TeamworkControl {
  /** the catalog's apps */
  catalog(): CatalogApp[];
  /** publishes an app to the catalog (again) and returns it; the same externalId is replaced */
  publish(app: Pick<CatalogApp, 'externalId' | 'displayName'> & Partial<CatalogApp>): CatalogApp;
  /** takes the app with this manifest id out of the catalog: Graph then cannot find or install it */
  unpublish(externalId: string): void;
  /** an app permission policy that blocks installing (through Graph too) for everyone */
  blockTenant(): void;
  /** the same for one person (Entra object id) */
  blockUser(userId: string): void;
  /** lifts every block */
  allowAll(): void;
  isBlocked(userId: string): boolean;
  /** the person's installations, oldest first */
  installations(userId: string): AppInstallation[];
  /** installs the app for a person as a setup policy would (no Graph call); an existing one is returned */
  install(userId: string, teamsAppId: string): { installation: AppInstallation; created: boolean };
  /** the person removes the app (and with it the bot's chat), as from Teams' own app menu */
  uninstall(userId: string): void;
  /** called after each new installation; returns the unsubscribe. A listener that throws is ignored. */
  onInstalled(listener: (notice: InstallationNotice) => void | Promise<void>): () => void;
}

export function createTeamworkStore(options: {
  tenantId: string;
  apps: Array<Pick<CatalogApp, 'externalId' | 'displayName'> & Partial<CatalogApp>>;
}): TeamworkControl {
  let catalog: CatalogApp[] = [];
  const byUser = new Map<string, AppInstallation[]>();
  const blockedUsers = new Set<string>();
  let tenantBlocked = false;
  const listeners = new Set<(notice: InstallationNotice) => void | Promise<void>>();

  const control: TeamworkControl = {
    catalog: () => [...catalog],
    publish(app) {
      const entry: CatalogApp = {
        id: app.id ?? crypto.randomUUID(),
        distributionMethod: 'organization',
        version: '1.0.0',
        botId: null,
        ...app,
      };
      catalog = [...catalog.filter((a) => a.externalId !== app.externalId), entry];
      return entry;
    },
    unpublish(externalId) {
      catalog = catalog.filter((a) => a.externalId !== externalId);
    },
    blockTenant: () => void (tenantBlocked = true),
    blockUser: (userId) => void blockedUsers.add(userId),
    allowAll() {
      tenantBlocked = false;
      blockedUsers.clear();
    },
    isBlocked: (userId) => tenantBlocked || blockedUsers.has(userId),
    installations: (userId) => [...(byUser.get(userId) ?? [])],
    install(userId, teamsAppId) {
      const mine = byUser.get(userId) ?? [];
      const existing = mine.find((i) => i.teamsAppId === teamsAppId);
      if (existing) return { installation: existing, created: false };
      const app = catalog.find((a) => a.id === teamsAppId);
      const installation: AppInstallation = {
        id: Buffer.from(`${userId}##${teamsAppId}`).toString('base64'),
        userId,
        teamsAppId,
        // Graph's form for a person's chat with a bot, e.g. 19:{bot id}_{user id}@unq.gbl.spaces
        chatId: `19:${app?.botId ?? teamsAppId}_${userId}@unq.gbl.spaces`,
        createdDateTime: new Date().toISOString(),
      };
      byUser.set(userId, [...mine, installation]);
      const notice: InstallationNotice = {
        userId,
        tenantId: options.tenantId,
        installationId: installation.id,
        chatId: installation.chatId,
        teamsAppId,
        externalId: app?.externalId ?? teamsAppId,
        botId: app?.botId ?? null,
      };
      // Teams tells the bot after the installation, not inside Graph's answer.
      for (const listener of listeners) {
        queueMicrotask(() => void Promise.resolve(notice).then(listener).catch(ignore));
      }
      return { installation, created: true };
    },
    uninstall: (userId) => void byUser.delete(userId),
    onInstalled(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  for (const app of options.apps) control.publish(app);
  return control;
}

function ignore(): void {}
