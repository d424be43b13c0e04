// Which TeamsApps the server runs with: Graph installing Samtale by its manifest id, or, where IT has not
// set SAMTALE_TEAMS_APP_ID, one that says so, so the delivery worker sends those invitations by e-mail.
import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphTeamsApps } from '../adapters/graph/teams-apps';
import type { TeamsApps } from '../ports/teams-apps';

export interface TeamsAppsSettings {
  client: Client;
  /** the manifest id (config teamsAppId); null: not configured */
  teamsAppId: string | null;
  /** the catalog id (config teamsAppCatalogId); null: looked up */
  catalogAppId: string | null;
  /** the Graph root the client talks to (the bind link points there) */
  graphBaseUrl: string;
}

export function createTeamsApps(settings: TeamsAppsSettings): TeamsApps {
  if (!settings.teamsAppId) {
    return {
      ensureInstalled: async () => ({
        notAllowed: true,
        reason: 'not-configured',
        detail: 'SAMTALE_TEAMS_APP_ID is not set: Samtale is not installed through Graph',
      }),
    };
  }
  return createGraphTeamsApps({
    client: settings.client,
    manifestId: settings.teamsAppId,
    catalogAppId: settings.catalogAppId,
    graphBaseUrl: settings.graphBaseUrl,
  });
}
