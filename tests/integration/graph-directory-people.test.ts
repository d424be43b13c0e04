// Directory.listPeople on the Graph emulator: every user, all pages followed, each request and response
// checked against Graph's metadata.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/adapters/graph/client';
import { createGraphDirectory, GraphRequestError } from '../../src/adapters/graph/directory';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator, GraphExchange } from '../../src/demo/graph-emulator';
import { createGraphRecorder } from '../contract/recorder';
import { smallMunicipality } from '../contract/small-municipality';

const recorder = createGraphRecorder();
const exchanges: GraphExchange[] = [];
let emulator: GraphEmulator;
const municipality = smallMunicipality();

beforeAll(async () => {
  emulator = await startGraphEmulator({
    municipality,
    onExchange: (e) => {
      exchanges.push(e);
      recorder.record(e);
    },
  });
});
afterAll(async () => {
  await emulator.stop();
  recorder.assertAllValid();
});

function directory(options: { token?: string; pageSize?: number } = {}) {
  const token = options.token ?? emulatorToken({ idtyp: 'app' });
  const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => token });
  return createGraphDirectory({ client, ...options });
}

describe('Directory.listPeople on the emulator', () => {
  it('returns every user with department and position percentage, following nextLink pages', async () => {
    exchanges.length = 0;
    const people = await directory({ pageSize: 2 }).listPeople();
    expect(people.map((p) => p.id).sort()).toEqual(municipality.people.map((p) => p.id).sort());
    const units = new Map(municipality.units.map((u) => [u.id, u.name]));
    for (const p of municipality.people) {
      expect(people.find((d) => d.id === p.id)).toMatchObject({
        department: units.get(p.unitId),
        positionPercent: p.positionPercent,
        startDate: p.startDate,
      });
    }
    expect(exchanges).toHaveLength(Math.ceil(municipality.people.length / 2));
    const first = new URL(exchanges[0]?.url ?? '', emulator.url);
    expect(first.pathname).toBe('/v1.0/users');
    expect(first.searchParams.get('$select')?.split(',')).toEqual(expect.arrayContaining(['department']));
  });

  it('a refused call is a GraphRequestError, not an empty directory', async () => {
    const refused = directory({ token: 'not-a-token' }).listPeople();
    await expect(refused).rejects.toBeInstanceOf(GraphRequestError);
  });
});
