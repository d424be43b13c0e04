// Exemptions (000: a leader cannot skip anyone without a recorded reason; an employee may ask to skip once):
// recorded by the person's leader with a reason and a year, counted by the due list and HR's compliance
// report (counts only), withdrawn with who and when, and refused to everyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredExemption } from '../../../src/app/exemptions-repo';
import type { TeamMember } from '../../../src/app/list-my-team';
import type { ComplianceReport } from '../../../src/core/reports/compliance';
import { startScheduling, type ErrorBody, type Scheduling } from '../scheduling/helpers';

let s: Scheduling;
let leaderId: string;
let member: TeamMember;
let hrId: string;

const team = async () => (await s.call<{ members: TeamMember[] }>(leaderId, 'GET', '/team')).body.members;
const row = async () => (await team()).find((m) => m.id === member.id)!;

// the demo signs HR in with the HR app role (demo-sign-in.ts)
async function exemptTotal(year: number): Promise<number> {
  const res = await s.call<ComplianceReport>(hrId, 'GET', `/reports/compliance?year=${year}`);
  expect(res.status).toBe(200);
  return res.body.total.exempt;
}

beforeAll(async () => {
  s = await startScheduling();
  leaderId = s.leader().id;
  hrId = s.stack.municipality.people.find((p) => p.roles.includes('hr'))!.id;
  // someone overdue an annual conversation due this year: the one a leader might be asked to let skip
  member = (await team()).find(
    (m) =>
      m.nextDue?.kind === 'annual' && m.nextDue.status === 'overdue' && m.nextDue.dueDate.startsWith('2026'),
  )!;
  expect(member).toBeDefined();
}, 60_000);

afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

describe('exemptions', () => {
  const path = () => `/people/${member.id}/exemptions`;
  const wish = { kind: 'annual', year: 2026, by: 'employee', reason: 'Foreldrepermisjon det meste av året' };

  it('refuses a missing reason, a year far off, and a probation follow-up (aml. § 15-6), naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ ...wish, reason: ' ' }, 'body.reason'],
      [{ ...wish, year: 2030 }, 'body.year'],
      [{ ...wish, kind: 'probation-followup' }, 'body.kind'],
    ];
    for (const [body, field] of cases) {
      const res = await s.call<ErrorBody>(leaderId, 'POST', path(), body);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect((await row()).exemptions).toEqual([]);
  });

  it('the employee cannot record one for themselves, and another leader cannot record one at all', async () => {
    const other = s.stack.municipality.people.find(
      (p) => p.id !== leaderId && s.reportsOf(p.id).length > 0 && p.managerId !== null,
    )!;
    for (const caller of [member.id, other.id]) {
      expect((await s.call(caller, 'POST', path(), wish)).status).toBe(403);
      expect((await s.call(caller, 'POST', path(), { ...wish, by: 'leader' })).status).toBe(403);
      expect((await s.call(caller, 'GET', path())).status).toBe(403);
    }
  });

  let recorded: StoredExemption;
  let before: number;

  it('records the employee’s wish for one year: the due list says exempt, and HR counts one more exempt', async () => {
    before = await exemptTotal(2026);
    const res = await s.call<StoredExemption>(leaderId, 'POST', path(), wish);
    expect(res.status).toBe(201);
    recorded = res.body;
    expect(recorded).toMatchObject({
      ...wish,
      recordedById: leaderId,
      recordedAt: '2026-11-23',
      withdrawn: null,
    });
    const now = await row();
    expect(now.exemptions).toEqual([
      { id: recorded.id, kind: 'annual', year: 2026, by: 'employee', reason: wish.reason },
    ]);
    expect(now.nextDue?.status).not.toBe('overdue');
    expect(await exemptTotal(2026)).toBe(before + 1);
    // the same year twice is one exemption
    const again = await s.call<ErrorBody>(leaderId, 'POST', path(), { ...wish, by: 'leader' });
    expect(again.status).toBe(409);
  });

  it('withdrawing keeps the record with who and when; the conversation is overdue again and HR’s count drops', async () => {
    const res = await s.call<StoredExemption>(leaderId, 'POST', `${path()}/${recorded.id}/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body.withdrawn).toMatchObject({ byId: leaderId, at: '2026-11-23T09:00:00.000Z' });
    const twice = await s.call<StoredExemption>(leaderId, 'POST', `${path()}/${recorded.id}/withdraw`);
    expect(twice.body.withdrawn).toEqual(res.body.withdrawn);
    const list = await s.call<{ exemptions: StoredExemption[] }>(leaderId, 'GET', path());
    expect(list.body.exemptions.map((e) => [e.id, e.withdrawn !== null])).toEqual([[recorded.id, true]]);
    const now = await row();
    expect(now.exemptions).toEqual([]);
    expect(now.nextDue?.status).toBe('overdue');
    expect(await exemptTotal(2026)).toBe(before);
  });

  it('a record whose index row was lost in a crash is counted again once the leader tries to record it anew', async () => {
    // someone with nothing recorded yet; the record is written first, then the year's index
    // (exemptions-repo.ts): here the index row never came
    const other = (await team()).find((m) => m.id !== member.id && m.exemptions.length === 0)!;
    const rowOf = async () => (await team()).find((m) => m.id === other.id)!;
    const lost: StoredExemption = {
      ...recorded,
      id: '00000000-0000-4000-8000-00000000e001',
      personId: other.id,
      year: 2027,
      withdrawn: null,
    };
    const before2027 = await exemptTotal(2027);
    await s.stack.store.insert('exemptions', other.id, lost.id, lost);
    expect((await rowOf()).exemptions).toEqual([]);
    const again = await s.call<ErrorBody>(leaderId, 'POST', `/people/${other.id}/exemptions`, {
      ...wish,
      year: 2027,
    });
    expect(again.status).toBe(409);
    expect((await rowOf()).exemptions.map((e) => e.id)).toEqual([lost.id]);
    expect(await exemptTotal(2027)).toBe(before2027 + 1);
  });
});
