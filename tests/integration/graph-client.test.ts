// The Graph client gives its token to the configured Graph origin and to no other.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGraphClient } from '../../src/adapters/graph/client';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator } from '../../src/demo/graph-emulator';
import { IDS, smallMunicipality } from '../contract/small-municipality';

let graph: GraphEmulator;
let elsewhere: GraphEmulator;

beforeAll(async () => {
  graph = await startGraphEmulator({ municipality: smallMunicipality() });
  elsewhere = await startGraphEmulator({ municipality: smallMunicipality() });
});
afterAll(async () => {
  await graph.stop();
  await elsewhere.stop();
});

it('sends the caller token to the configured origin, with and without a trailing slash', async () => {
  const getToken = async () => emulatorToken({ oid: IDS.nurseLeader });
  const me = (await createGraphClient({ baseUrl: graph.url, getToken }).api('/me').get()) as { id: string };
  expect(me.id).toBe(IDS.nurseLeader);
  const bare = createGraphClient({ baseUrl: graph.url.replace(/\/$/, ''), getToken });
  expect(((await bare.api('/me').get()) as { id: string }).id).toBe(IDS.nurseLeader);
});

it('keeps the token from any other origin', async () => {
  const client = createGraphClient({
    baseUrl: graph.url,
    getToken: async () => emulatorToken({ oid: IDS.chief }),
  });
  const failure = await client
    .api(`${elsewhere.url}v1.0/me`)
    .get()
    .catch((e: unknown) => e);
  expect(failure).toMatchObject({
    statusCode: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Access token is empty.',
  });
});
