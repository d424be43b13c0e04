// Every request the product's Graph adapter sends and every answer the emulator gives, in a run that
// touches every emulator route, holds against Microsoft's Graph v1.0 metadata.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/adapters/graph/client';
import { createGraphDirectory } from '../../src/adapters/graph/directory';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator } from '../../src/demo/graph-emulator';
import { createGraphRecorder } from './recorder';
import { IDS, smallMunicipality } from './small-municipality';

const recorder = createGraphRecorder();
let emulator: GraphEmulator;

const asUser = emulatorToken({ oid: IDS.leader });
const asApp = emulatorToken({ idtyp: 'app', oid: '00000000-0000-4000-8000-0000000000ff' });

async function get(
  path: string,
  token: string | null = asUser,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL(path, emulator.url), {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  emulator = await startGraphEmulator({ municipality: smallMunicipality(), onExchange: recorder.record });
});
afterAll(() => emulator.stop());

describe('Graph contract of the emulator and the directory adapter', () => {
  it('the adapter reads people, managers and pages of direct reports', async () => {
    const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => asApp });
    const directory = createGraphDirectory({ client, pageSize: 2 });
    expect((await directory.getPerson(IDS.reports[0]))?.positionPercent).toBe(80);
    expect(await directory.getPerson('person12@testvik.kommune.no')).not.toBeNull();
    expect(await directory.getPerson('00000000-0000-4000-8000-00000000dead')).toBeNull();
    expect((await directory.getManager(IDS.leader))?.id).toBe(IDS.chief);
    expect(await directory.getManager(IDS.chief)).toBeNull();
    expect(await directory.listDirectReports(IDS.leader)).toHaveLength(5);
  });

  it('raw requests reach every route, with query options', async () => {
    expect((await get('v1.0/me')).body.id).toBe(IDS.leader);
    expect((await get('v1.0/me/manager?$select=displayName,department')).body.department).toBe(
      'Oppvekst og kultur',
    );
    expect((await get('v1.0/me/directReports?$top=3')).body['@odata.nextLink']).toMatch(/\$skiptoken=/);
    const filtered = await get(
      `v1.0/users?$filter=${encodeURIComponent("department eq 'Helse og omsorg'")}`,
      asApp,
    );
    expect(filtered.body.value).toHaveLength(1);
    const page = await get('v1.0/users?$top=2&$select=employeeHireDate,onPremisesExtensionAttributes', asApp);
    const next = await get(String(page.body['@odata.nextLink']), asApp);
    expect(next.body.value).toHaveLength(2);
    expect((await get(`v1.0/users/${IDS.chief}`)).status).toBe(200);
  });

  it('errors come in Graph shape', async () => {
    expect((await get('v1.0/me', null)).body).toMatchObject({
      error: { code: 'InvalidAuthenticationToken' },
    });
    expect((await get('v1.0/me', asApp)).body).toMatchObject({
      error: { code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.' },
    });
    expect((await get('v1.0/users?$filter=startswith(displayName,%27K%27)', asApp)).status).toBe(400);
    expect((await get('v1.0/users?$top=1000', asApp)).status).toBe(400);
    expect((await get('v1.0/users?$select=stillingsprosent', asApp)).status).toBe(400);
    expect((await get('v1.0/users/nobody@testvik.kommune.no/manager')).status).toBe(404);
    expect((await get('v1.0/users/x/mentor')).body).toMatchObject({ error: { code: 'BadRequest' } });
  });

  it('every recorded request and response validates against the Graph CSDL', () => {
    console.log(`Graph requests checked against the CSDL:\n  ${recorder.checkedRequests().join('\n  ')}`);
    const routes = new Set(
      recorder.exchanges.filter((e) => e.status < 400).map((e) => `${e.method} ${e.path}`),
    );
    expect([...routes].sort()).toEqual([
      'GET /v1.0/me',
      'GET /v1.0/me/directReports',
      'GET /v1.0/me/manager',
      'GET /v1.0/users',
      'GET /v1.0/users/{id}',
      'GET /v1.0/users/{id}/directReports',
      'GET /v1.0/users/{id}/manager',
    ]);
    recorder.assertAllValid();
  });
});
