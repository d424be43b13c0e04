// HR's policy settings on the demo stack: only HR reads or saves them, a bad value is refused naming its
// field, a save built on an old version is refused (409), and what HR saves is what scheduling then uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicySettings } from '../../../src/app/get-policy-settings';
import type { PolicyRecord } from '../../../src/app/policy-repo';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import type { FreeSlot } from '../../../src/core/scheduling/slots';
import { startScheduling, type ErrorBody, type Scheduling } from '../scheduling/helpers';

let s: Scheduling;
beforeAll(async () => {
  s = await startScheduling();
}, 60_000);
afterAll(async () => {
  await s?.stack.stop();
});

const hr = () => s.stack.municipality.people.find((p) => p.roles.includes('hr'))!;
const employee = () =>
  s.stack.municipality.people.find((p) => s.reportsOf(p.id).length === 0 && !p.roles.includes('hr'))!;

describe('policy settings', () => {
  it('are for HR only', async () => {
    for (const person of [s.leader(), employee()]) {
      expect((await s.call(person.id, 'GET', '/policy')).status).toBe(403);
      expect((await s.call(person.id, 'GET', '/policy/versions')).status).toBe(403);
      const put = await s.call(person.id, 'PUT', '/policy', { policy: {}, expectedVersion: 0 });
      expect(put.status).toBe(403);
    }
  });

  it('start from the defaults, at version 0', async () => {
    const res = await s.call<PolicySettings>(hr().id, 'GET', '/policy');
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(0);
    expect(res.body.file).toEqual({});
    expect(res.body.municipality).toEqual(DEFAULT_POLICY);
  });

  it('refuse a bad value naming its field, and change nothing', async () => {
    const tooEarly = await s.call<ErrorBody>(hr().id, 'PUT', '/policy', {
      policy: { invitation: { minDaysAhead: 20, maxDaysAhead: 10 } },
      expectedVersion: 0,
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.field).toBe('invitation.minDaysAhead');
    const outOfRange = await s.call<ErrorBody>(hr().id, 'PUT', '/policy', {
      policy: { annual: { intervalMonths: 18 } },
      expectedVersion: 0,
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.field).toBe('annual.intervalMonths');
    expect((await s.call<PolicySettings>(hr().id, 'GET', '/policy')).body.version).toBe(0);
  });

  it('refuse days to keep a leaver’s data out of 0–3650, naming keepAfterLeavingDays, and change nothing', async () => {
    // as the form sends it: the whole policy, with the one field out of range (or emptied: null)
    for (const days of [-1, 3651, 2.5, null]) {
      const res = await s.call<ErrorBody>(hr().id, 'PUT', '/policy', {
        policy: { ...DEFAULT_POLICY, keepAfterLeavingDays: days },
        expectedVersion: 0,
      });
      expect(res.status, `keepAfterLeavingDays ${days}`).toBe(400);
      expect(res.body.error.field).toBe('keepAfterLeavingDays');
    }
    const after = await s.call<PolicySettings>(hr().id, 'GET', '/policy');
    expect(after.body.version).toBe(0);
    expect(after.body.municipality.keepAfterLeavingDays).toBe(90);
    const versions = await s.call<{ versions: PolicyRecord[] }>(hr().id, 'GET', '/policy/versions');
    expect(versions.body.versions).toEqual([]);
  });

  it('save a new version, refuse a save on a stale one, and scheduling follows the saved policy', async () => {
    const policy = { invitation: { minDaysAhead: 21, maxDaysAhead: 28 } };
    const saved = await s.call<PolicySettings>(hr().id, 'PUT', '/policy', { policy, expectedVersion: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(saved.body.savedBy).toBe(hr().id);
    expect(saved.body.municipality.invitation).toEqual({ minDaysAhead: 21, maxDaysAhead: 28 });

    // a second HR tab still on version 0 must not overwrite version 1
    const stale = await s.call<ErrorBody>(hr().id, 'PUT', '/policy', { policy: {}, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');

    const versions = await s.call<{ versions: PolicyRecord[] }>(hr().id, 'GET', '/policy/versions');
    expect(versions.body.versions.map((v) => v.version)).toEqual([1]);
    expect(versions.body.versions[0]!.file).toEqual(policy);

    // Monday 23 November + 21..28 days: 14 to 21 December, where the default window was 30 Nov to 7 Dec
    const leader = s.leader();
    const report = s.reportsOf(leader.id)[0]!;
    const res = await s.call<{ slots: FreeSlot[] }>(leader.id, 'POST', '/conversations/suggestions', {
      employeeId: report.id,
      kind: 'annual',
    });
    expect(res.status).toBe(200);
    expect(res.body.slots.length).toBeGreaterThan(0);
    for (const slot of res.body.slots)
      expect(slot.date >= '2026-12-14' && slot.date <= '2026-12-21').toBe(true);
  });
});
