// Reach (issue 5, item 5): the manifest id that lets Graph install Samtale, optional so a deployment
// without it still starts (invitations then go by e-mail to people who do not have the app).
import { describe, expect, it } from 'vitest';
import type { Client } from '@microsoft/microsoft-graph-client';
import { ConfigError, loadConfig } from '../../../src/server/config';
import { createTeamsApps } from '../../../src/server/teams-apps';

const PRODUCTION = {
  SAMTALE_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  SAMTALE_CLIENT_ID: '6f1c2a4e-0000-4000-8000-000000000001',
  SAMTALE_CLIENT_SECRET: 'from-key-vault',
  SAMTALE_API_AUDIENCE: 'api://samtale.kommune.example/6f1c2a4e-0000-4000-8000-000000000001',
  SAMTALE_PUBLIC_URL: 'https://samtale.kommune.example/',
  SAMTALE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==',
};

describe('Teams app installation settings', () => {
  it('reads the manifest id and the catalog id', () => {
    const config = loadConfig({
      ...PRODUCTION,
      SAMTALE_TEAMS_APP_ID: '5a3f1c2e-7b4d-4e8a-9c61-0d2b8e4f7a10',
      SAMTALE_TEAMS_APP_CATALOG_ID: 'b1c5353a-7aca-41b3-830f-27d5218fe0e5',
    });
    expect(config).toMatchObject({
      teamsAppId: '5a3f1c2e-7b4d-4e8a-9c61-0d2b8e4f7a10',
      teamsAppCatalogId: 'b1c5353a-7aca-41b3-830f-27d5218fe0e5',
    });
  });

  it('starts without them, an empty value counting as absent', () => {
    expect(loadConfig({ ...PRODUCTION, SAMTALE_TEAMS_APP_ID: '' })).toMatchObject({
      teamsAppId: null,
      teamsAppCatalogId: null,
    });
  });

  it('refuses a manifest id that is not a GUID, naming the setting', () => {
    const load = () => loadConfig({ ...PRODUCTION, SAMTALE_TEAMS_APP_ID: 'samtale' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/SAMTALE_TEAMS_APP_ID: expected the manifest id, a GUID/);
  });
});

describe('the TeamsApps the server runs with', () => {
  it('says "not configured" without a manifest id, and asks Graph nothing', async () => {
    const client = {
      api: () => {
        throw new Error('Graph was called');
      },
    } as unknown as Client;
    const teamsApps = createTeamsApps({
      client,
      teamsAppId: null,
      catalogAppId: null,
      graphBaseUrl: 'https://graph.microsoft.com/',
    });
    expect(await teamsApps.ensureInstalled('someone')).toMatchObject({
      notAllowed: true,
      reason: 'not-configured',
    });
  });
});
