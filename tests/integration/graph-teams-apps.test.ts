// Reach (issue 5, item 5): the Graph TeamsApps adapter against the emulator installs Samtale for a person
// who does not have it and hands back the bot's chat; where the tenant does not allow it, it says why, so
// the delivery worker can send the invitation by e-mail instead. Every exchange is held to the CSDL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/adapters/graph/client';
import { GraphRequestError } from '../../src/adapters/graph/errors';
import { createGraphTeamsApps } from '../../src/adapters/graph/teams-apps';
import type { GraphTeamsAppsOptions } from '../../src/adapters/graph/teams-apps';
import { DEMO_TEAMS_APP, emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator, GraphExchange, InstallationNotice } from '../../src/demo/graph-emulator';
import { isNotInstallable } from '../../src/ports/teams-apps';
import { createGraphRecorder } from '../contract/recorder';
import { IDS, smallMunicipality } from '../contract/small-municipality';

const recorder = createGraphRecorder();
let exchanges: GraphExchange[] = [];
let emulator: GraphEmulator;
const everyone = [IDS.chief, IDS.leader, IDS.nurseLeader, ...IDS.reports];
const person = IDS.reports[0];
const INSTALLED = '/v1.0/users/{id}/teamwork/installedApps';
const CATALOG = '/v1.0/appCatalogs/teamsApps';

beforeAll(async () => {
  emulator = await startGraphEmulator({
    municipality: smallMunicipality(),
    onExchange: (e) => {
      exchanges.push(e);
      recorder.record(e);
    },
  });
});
afterEach(() => {
  emulator.faults.clear();
  emulator.teamwork.allowAll();
  for (const id of everyone) emulator.teamwork.uninstall(id);
  exchanges = [];
});
afterAll(async () => {
  await emulator.stop();
  recorder.assertAllValid();
});

function teamsApps(options: Partial<GraphTeamsAppsOptions> = {}) {
  const client = createGraphClient({
    baseUrl: emulator.url,
    getToken: async () => emulatorToken({ idtyp: 'app' }),
  });
  return createGraphTeamsApps({
    client,
    manifestId: DEMO_TEAMS_APP.externalId,
    graphBaseUrl: emulator.url,
    retry: { maxDelayMs: 20, baseDelayMs: 5, timeoutMs: 2000 },
    settleDelaysMs: [5, 5],
    ...options,
  });
}

// a fault answers before any route, so its exchange carries the real path, not the route's template
const statuses = (method: string, path: string) =>
  exchanges
    .filter((e) => e.method === method && (e.path === path || templateOf(e.url) === path))
    .map((e) => e.status);
const templateOf = (url: string) =>
  url.split('?')[0]!.replace(/^\/v1\.0\/users\/[^/]+\//, '/v1.0/users/{id}/');
const samtaleId = () => emulator.teamwork.catalog()[0]!.id;

describe('installing Samtale for a person through Graph', () => {
  it('installs for someone without the app and returns the chat the bot writes to', async () => {
    const notices: InstallationNotice[] = [];
    const off = emulator.teamwork.onInstalled((n) => void notices.push(n));
    const result = await teamsApps().ensureInstalled(person);
    off();
    const [installation] = emulator.teamwork.installations(person);
    expect(installation?.chatId).toBe(`19:${DEMO_TEAMS_APP.botId}_${person}@unq.gbl.spaces`);
    expect(result).toEqual({ chatId: installation?.chatId, installedNow: true });
    // the POST bound the catalog entry (the catalog's id, not the manifest id)
    const post = exchanges.find((e) => e.method === 'POST' && e.path === INSTALLED);
    expect(post).toMatchObject({
      status: 201,
      requestBody: { 'teamsApp@odata.bind': `${emulator.url}v1.0/appCatalogs/teamsApps/${samtaleId()}` },
    });
    // Teams tells the bot about the new chat (in the demo: the bot's conversationUpdate)
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notices).toEqual([
      expect.objectContaining({ userId: person, chatId: installation?.chatId, botId: DEMO_TEAMS_APP.botId }),
    ]);
  });

  it('reuses the installation on a second call: no second POST, no second catalog look-up', async () => {
    const adapter = teamsApps();
    const first = await adapter.ensureInstalled(person);
    const second = await adapter.ensureInstalled(person);
    expect(first).toMatchObject({ installedNow: true });
    expect(second).toEqual({
      chatId: emulator.teamwork.installations(person)[0]?.chatId,
      installedNow: false,
    });
    expect(statuses('POST', INSTALLED)).toEqual([201]);
    expect(emulator.teamwork.installations(person)).toHaveLength(1);
    // the next person is installed with the catalog id already known
    await adapter.ensureInstalled(IDS.reports[1]);
    expect(statuses('GET', CATALOG)).toEqual([200]);
  });

  it('uses the installation Graph says is there already (409), as when two deliveries race', async () => {
    // The listing answers "not installed"; before its answer arrives the app gets installed elsewhere.
    emulator.faults.inject({ path: /teamwork\/installedApps\?/, method: 'GET', delayMs: 60_000 });
    const pending = teamsApps({ retry: { timeoutMs: 60_000 } }).ensureInstalled(person);
    await until(() => emulator.faults.hits() > 0);
    emulator.teamwork.install(person, samtaleId());
    emulator.faults.clear(); // lets the held answer go
    const result = await pending;
    expect(statuses('POST', INSTALLED)).toEqual([409]);
    expect(result).toEqual({
      chatId: emulator.teamwork.installations(person)[0]?.chatId,
      installedNow: false,
    });
    expect(emulator.teamwork.installations(person)).toHaveLength(1);
  });

  it('says the tenant does not allow it when the app permission policy blocks it (403)', async () => {
    emulator.teamwork.blockTenant();
    const result = await teamsApps().ensureInstalled(person);
    expect(result).toMatchObject({ notAllowed: true, reason: 'forbidden' });
    expect(isNotInstallable(result) && result.detail).toMatch(/403 Forbidden: .*app permission policy/);
    expect(emulator.teamwork.installations(person)).toEqual([]);
  });

  it('blocks only the person whose policy it is', async () => {
    emulator.teamwork.blockUser(person);
    expect(await teamsApps().ensureInstalled(person)).toMatchObject({ reason: 'forbidden' });
    expect(await teamsApps().ensureInstalled(IDS.reports[1])).toMatchObject({ installedNow: true });
  });

  it('says the app is not in the catalog when IT has not published it, and asks nothing more', async () => {
    const samtale = emulator.teamwork.catalog()[0]!;
    emulator.teamwork.unpublish(DEMO_TEAMS_APP.externalId);
    try {
      expect(await teamsApps().ensureInstalled(person)).toMatchObject({
        notAllowed: true,
        reason: 'app-not-in-catalog',
      });
      expect(statuses('POST', INSTALLED)).toEqual([]);
    } finally {
      emulator.teamwork.publish(samtale);
    }
  });

  it('says the same when a configured catalog id is not in the catalog (404 on the POST)', async () => {
    const adapter = teamsApps({ catalogAppId: 'b1c5353a-7aca-41b3-830f-27d5218fe0e5' });
    expect(await adapter.ensureInstalled(person)).toMatchObject({
      notAllowed: true,
      reason: 'app-not-in-catalog',
    });
    expect(statuses('GET', CATALOG)).toEqual([]);
    expect(statuses('POST', INSTALLED)).toEqual([404]);
  });

  it('says so for a person Graph does not know', async () => {
    const result = await teamsApps().ensureInstalled('00000000-0000-4000-8000-00000000dead');
    expect(result).toMatchObject({ notAllowed: true, reason: 'user-not-found' });
  });
});

describe('when Graph throttles or does not answer', () => {
  it('retries a 429 after Retry-After and installs once', async () => {
    emulator.faults.inject({
      path: /teamwork\/installedApps$/,
      method: 'POST',
      status: 429,
      retryAfterSeconds: 0,
      times: 2,
    });
    const result = await teamsApps().ensureInstalled('person11@testvik.kommune.no');
    expect(result).toMatchObject({ installedNow: true });
    expect(statuses('POST', INSTALLED)).toEqual([429, 429, 201]);
    expect(emulator.teamwork.installations(person)).toHaveLength(1);
  });

  it('retries a request that times out; the installation its lost answer made is used, not doubled', async () => {
    emulator.faults.inject({ path: /teamwork\/installedApps$/, method: 'POST', delayMs: 60_000 });
    const adapter = teamsApps({ retry: { timeoutMs: 300, baseDelayMs: 5, maxDelayMs: 20 } });
    const result = await adapter.ensureInstalled(person);
    const installations = emulator.teamwork.installations(person);
    expect(installations).toHaveLength(1);
    expect(result).toEqual({ chatId: installations[0]?.chatId, installedNow: true });
    expect(statuses('POST', INSTALLED).at(-1)).toBe(409);
  });

  it('throws Graph’s error, for the caller to try later, when Graph stays unavailable', async () => {
    emulator.faults.inject({ path: /teamwork\/installedApps/, status: 503, retryAfterSeconds: 0, times: 10 });
    const failure = await teamsApps({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 } })
      .ensureInstalled(person)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect(failure).toMatchObject({ status: 503, code: 'upstream-unavailable' });
    expect(emulator.teamwork.installations(person)).toEqual([]);
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
