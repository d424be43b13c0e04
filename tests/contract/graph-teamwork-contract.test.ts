// Every Teams app route of the emulator (catalog, a person's installed apps, the installation's chat),
// asked the way Graph's documentation asks them, answers in shapes the Graph v1.0 CSDL allows; its errors
// come in Graph's error body. The adapter's own exchanges are checked in tests/integration/graph-teams-apps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TEAMS_APP, emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator } from '../../src/demo/graph-emulator';
import { createGraphRecorder } from './recorder';
import { IDS, smallMunicipality } from './small-municipality';

const recorder = createGraphRecorder();
let emulator: GraphEmulator;
const asApp = emulatorToken({ idtyp: 'app' });
const person = IDS.reports[0];

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, emulator.url), {
    method,
    headers: { authorization: `Bearer ${asApp}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text === '' ? null : JSON.parse(text)) as Record<string, unknown>,
  };
}
const filter = (expression: string) => `$filter=${encodeURIComponent(expression)}`;

beforeAll(async () => {
  emulator = await startGraphEmulator({
    municipality: smallMunicipality(),
    onExchange: recorder.record,
    teamsApps: [
      DEMO_TEAMS_APP,
      {
        externalId: '0d820ecd-def2-4297-adad-78056cde7c78',
        displayName: 'OneNote',
        distributionMethod: 'store',
      },
    ],
  });
});
afterAll(() => emulator.stop());

describe('Graph contract of the emulator’s Teams app routes', () => {
  it('lists the catalog, filtered by manifest id and distribution method, and one app by id', async () => {
    const all = await call('GET', 'v1.0/appCatalogs/teamsApps');
    expect(all.body['@odata.context']).toBe(
      `${new URL(emulator.url).origin}/v1.0/$metadata#appCatalogs/teamsApps`,
    );
    expect(all.body.value).toHaveLength(2);
    const ours = await call(
      'GET',
      `v1.0/appCatalogs/teamsApps?${filter(`externalId eq '${DEMO_TEAMS_APP.externalId}' and distributionMethod eq 'organization'`)}`,
    );
    expect(ours.body.value).toEqual([
      {
        id: expect.any(String),
        externalId: DEMO_TEAMS_APP.externalId,
        displayName: 'Samtale',
        distributionMethod: 'organization',
      },
    ]);
    const id = (ours.body.value as Array<{ id: string }>)[0]!.id;
    expect((await call('GET', `v1.0/appCatalogs/teamsApps/${id}?$select=displayName`)).body).toMatchObject({
      id,
      displayName: 'Samtale',
    });
  });

  it('installs (201, no body), refuses a second installation (409), lists, reads and opens the chat', async () => {
    const id = emulator.teamwork.catalog()[0]!.id;
    const bind = { 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${id}` };
    expect(await call('POST', `v1.0/users/${person}/teamwork/installedApps`, bind)).toEqual({
      status: 201,
      body: null,
    });
    expect((await call('POST', `v1.0/users/${person}/teamwork/installedApps`, bind)).body).toMatchObject({
      error: { code: 'Conflict' },
    });
    const listed = await call(
      'GET',
      `v1.0/users/${person}/teamwork/installedApps?$expand=teamsApp,teamsAppDefinition&${filter(`teamsApp/externalId eq '${DEMO_TEAMS_APP.externalId}'`)}`,
    );
    const [installation] = listed.body.value as Array<{ id: string; teamsApp: { id: string } }>;
    expect(installation?.teamsApp.id).toBe(id);
    const byAppId = await call(
      'GET',
      `v1.0/users/${person}/teamwork/installedApps?${filter(`teamsApp/id eq '${id}'`)}`,
    );
    expect(byAppId.body.value).toEqual([{ id: installation?.id }]);
    const one = `v1.0/users/${person}/teamwork/installedApps/${encodeURIComponent(installation!.id)}`;
    expect((await call('GET', `${one}?$expand=teamsApp`)).body).toMatchObject({ id: installation?.id });
    expect((await call('GET', `${one}/chat`)).body).toMatchObject({
      id: `19:${DEMO_TEAMS_APP.botId}_${person}@unq.gbl.spaces`,
      chatType: 'oneOnOne',
      tenantId: smallMunicipality().tenantId,
    });
  });

  it('answers what Graph refuses in Graph’s error shape', async () => {
    const id = emulator.teamwork.catalog()[0]!.id;
    const bind = { 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${id}` };
    emulator.teamwork.blockTenant();
    expect(await call('POST', `v1.0/users/${IDS.leader}/teamwork/installedApps`, bind)).toMatchObject({
      status: 403,
      body: { error: { code: 'Forbidden' } },
    });
    emulator.teamwork.allowAll();
    const missing = { 'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/nope' };
    expect((await call('POST', `v1.0/users/${IDS.leader}/teamwork/installedApps`, missing)).status).toBe(404);
    expect(
      (await call('POST', `v1.0/users/${IDS.leader}/teamwork/installedApps`, { teamsApp: id })).status,
    ).toBe(400);
    expect((await call('GET', 'v1.0/users/nobody@testvik.kommune.no/teamwork/installedApps')).status).toBe(
      404,
    );
    expect((await call('GET', `v1.0/users/${IDS.leader}/teamwork/installedApps?$expand=chat`)).status).toBe(
      400,
    );
    expect(
      (await call('GET', `v1.0/appCatalogs/teamsApps?${filter("startswith(displayName,'S')")}`)).status,
    ).toBe(400);
    expect((await call('GET', `v1.0/users/${IDS.leader}/teamwork/installedApps/abc/chat`)).status).toBe(404);
  });

  it('every recorded request and response validates against the Graph CSDL', () => {
    const routes = new Set(
      recorder.exchanges.filter((e) => e.status < 400).map((e) => `${e.method} ${e.path}`),
    );
    expect([...routes].sort()).toEqual([
      'GET /v1.0/appCatalogs/teamsApps',
      'GET /v1.0/appCatalogs/teamsApps/{id}',
      'GET /v1.0/users/{id}/teamwork/installedApps',
      'GET /v1.0/users/{id}/teamwork/installedApps/{id}',
      'GET /v1.0/users/{id}/teamwork/installedApps/{id}/chat',
      'POST /v1.0/users/{id}/teamwork/installedApps',
    ]);
    recorder.assertAllValid();
  });
});
