// The Graph Directory adapter against the Graph emulator: the same client and code as in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/adapters/graph/client';
import { createGraphDirectory, GraphRequestError } from '../../src/adapters/graph/directory';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator, GraphExchange } from '../../src/demo/graph-emulator';
import { createGraphRecorder } from '../contract/recorder';
import { IDS, smallMunicipality } from '../contract/small-municipality';

const recorder = createGraphRecorder();
let exchanges: GraphExchange[] = [];
let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await startGraphEmulator({
    municipality: smallMunicipality(),
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

function directory(options: { token?: string; pageSize?: number; positionPercentAttribute?: string } = {}) {
  const token = options.token ?? emulatorToken({ idtyp: 'app' });
  const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => token });
  return createGraphDirectory({ client, ...options });
}

describe('Graph directory adapter on the emulator', () => {
  it('maps a Graph user to a directory person, start date and position percentage included', async () => {
    expect(await directory().getPerson(IDS.reports[0])).toEqual({
      id: IDS.reports[0],
      displayName: 'Navn11 Etternavn11',
      givenName: 'Navn11',
      surname: 'Etternavn11',
      mail: 'person11@testvik.kommune.no',
      jobTitle: "Lærer, 'spesialpedagog'",
      department: 'Oppvekst og kultur',
      employeeNumber: 'E1011',
      startDate: '2026-03-30',
      endDate: null,
      employeeType: 'permanent',
      positionPercent: 80,
      preferredLanguage: 'nb-NO',
    });
  });

  it('reads the last day from employeeLeaveDateTime, and without it when the tenant has not granted User-LifeCycleInfo.Read.All', async () => {
    const leaving = smallMunicipality().people.find((p) => p.endDate !== null);
    if (!leaving) throw new Error('the small municipality has nobody leaving');
    const reader = directory();
    expect((await reader.getPerson(leaving.id))?.endDate).toBe(leaving.endDate);
    // Graph refuses the whole request when one selected property needs a permission the app lacks
    emulator.faults.inject({ path: /employeeLeaveDateTime/, status: 403 });
    exchanges = [];
    const person = await reader.getPerson(leaving.id);
    expect(person?.displayName).toBe(leaving.displayName);
    expect(person?.endDate).toBeNull();
    await reader.listDirectReports(IDS.leader);
    const selects = exchanges.map((e) => new URL(e.url, emulator.url).searchParams.get('$select') ?? '');
    expect(selects[0]).toContain('employeeLeaveDateTime');
    expect(selects.slice(1).every((s) => !s.includes('employeeLeaveDateTime'))).toBe(true);
  });

  it('asks for the properties Graph leaves out by default ($select)', async () => {
    exchanges = [];
    await directory().getPerson('person13@testvik.kommune.no');
    const asked = new URL(exchanges[0]?.url ?? '', emulator.url).searchParams.get('$select')?.split(',');
    expect(asked).toEqual(
      expect.arrayContaining([
        'employeeId',
        'employeeHireDate',
        'department',
        'onPremisesExtensionAttributes',
      ]),
    );
    const byDefault = await fetch(new URL(`v1.0/users/${IDS.leader}`, emulator.url), {
      headers: { authorization: `Bearer ${emulatorToken({ idtyp: 'app' })}` },
    });
    expect(await byDefault.json()).not.toHaveProperty('employeeId');
  });

  it('follows every page of direct reports', async () => {
    exchanges = [];
    const reports = await directory({ pageSize: 2 }).listDirectReports(IDS.leader);
    expect(reports.map((p) => p.id).sort()).toEqual([...IDS.reports].sort());
    expect(exchanges.map((e) => e.status)).toEqual([200, 200, 200]);
    expect(reports.find((p) => p.id === IDS.reports[2])).toMatchObject({
      positionPercent: 40,
      employeeType: 'temporary',
    });
  });

  it('gives the manager, and null at the top of the tree or for someone unknown', async () => {
    const dir = directory();
    expect((await dir.getManager(IDS.nurseLeader))?.displayName).toBe('Navn1 Etternavn1');
    expect(await dir.getManager(IDS.chief)).toBeNull();
    expect(await dir.getPerson('ukjent@testvik.kommune.no')).toBeNull();
    expect(await dir.listDirectReports(IDS.reports[0])).toEqual([]);
  });

  it('reads the position percentage from the configured attribute only', async () => {
    const person = await directory({ positionPercentAttribute: 'extensionAttribute2' }).getPerson(
      IDS.reports[0],
    );
    expect(person?.positionPercent).toBeNull();
  });

  it('throws a typed error naming Graph status and code when the token is refused', async () => {
    const failure = await directory({ token: 'not-a-jwt' })
      .getPerson(IDS.leader)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect(failure).toMatchObject({
      status: 401,
      graphCode: 'InvalidAuthenticationToken',
      code: 'upstream-unavailable',
    });
  });
});
