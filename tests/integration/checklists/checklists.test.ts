// Checklists for new hires and leavers (000 3-5) through the API on the demo stack: the list appears by
// itself from the directory's dates, only the person's leader reads or changes it, items are ticked under
// their own ETag, a mentor takes over the items a fadder may take, and the sweep's open index follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../../src/app/checklist-view';
import { listOpenChecklists, openChecklistPartition } from '../../../src/app/checklists-repo';
import type { PersonChecklists } from '../../../src/app/open-checklists';
import type { Person } from '../../../src/core/org';
import { startScheduling, type ErrorBody, type Scheduling } from '../scheduling/helpers';

let s: Scheduling;
let hire: Person;
let leaver: Person;
let settled: Person;

const person = (id: string) => s.stack.municipality.people.find((p) => p.id === id)!;
const managerOf = (p: Person) => person(p.managerId!);

async function send<T = ChecklistView>(
  userId: string,
  method: string,
  path: string,
  body: unknown,
  etag?: string,
) {
  const res = await fetch(`${s.stack.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await s.token(userId)}`,
      'content-type': 'application/json',
      ...(etag ? { 'if-match': etag } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const open = async (p: Person) =>
  (await s.call<PersonChecklists>(managerOf(p).id, 'GET', `/people/${p.id}/checklist`)).body;

beforeAll(async () => {
  s = await startScheduling();
  const people = s.stack.municipality.people;
  // the demo's stories (src/demo/municipality/stories.ts): one starts in ten days, one leaves next month
  hire = people.find((p) => p.startDate === '2026-12-03')!;
  leaver = people.find((p) => p.endDate === '2026-12-31' && p.employmentType === 'permanent')!;
  settled = people.find(
    (p) =>
      p.managerId === hire.managerId && p.id !== hire.id && p.endDate === null && p.startDate < '2025-01-01',
  )!;
  expect([hire, leaver, settled].every(Boolean)).toBe(true);
}, 60_000);

afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

describe('checklists (000 3-5)', () => {
  it('a hire starting in ten days has the onboarding list by itself, counted from the directory start date', async () => {
    const view = await open(hire);
    expect(view.person.startDate).toBe('2026-12-03');
    const list = view.checklists.find((l) => l.kind === 'onboarding')!;
    expect(list.date).toBe('2026-12-03');
    expect(list.dateSource).toBe('directory');
    // 000 3: "- 2 uker" before Thursday 3 December is Thursday 19 November: passed, so overdue on the 23rd
    const letter = list.items.find((i) => i.id === 'offer-letter')!;
    expect(letter).toMatchObject({
      deadline: '2026-11-19',
      overdue: true,
      done: null,
      responsible: 'leader',
    });
    expect(letter.text.nn).toContain('tilsetjingsbrev');
    expect(letter.text.en).toContain('letter of appointment');
    expect(list.progress).toMatchObject({ done: 0, total: list.items.length });
    expect(list.progress.overdue).toBeGreaterThan(0);
    // no meeting with the head of HR unless the hire is a leader (000 4)
    expect(list.items.some((i) => i.id === 'meet-hr')).toBe(false);
    expect(view.mentorCandidates.some((m) => m.id === settled.id)).toBe(true);
    expect(view.mentorCandidates.some((m) => m.id === hire.id)).toBe(false);
    const partition = await listOpenChecklists(s.stack.store, openChecklistPartition(hire.id));
    expect(partition).toContainEqual(
      expect.objectContaining({ personId: hire.id, kind: 'onboarding', nextDeadline: '2026-11-19' }),
    );
  });

  it('a leaver has the exit list by itself, from the leave date the directory holds (employeeLeaveDateTime)', async () => {
    const list = (await open(leaver)).checklists.find((l) => l.kind === 'exit')!;
    expect(list.date).toBe('2026-12-31');
    // 000 5, our deadline two weeks before: Thursday 17 December
    expect(list.items.find((i) => i.id === 'hand-over')?.deadline).toBe('2026-12-17');
  });

  it('only the person’s own leader reads or changes it: another leader and the person get 403', async () => {
    const other = s.leader().id === managerOf(hire).id ? managerOf(leaver) : s.leader();
    expect(other.id).not.toBe(managerOf(hire).id);
    for (const caller of [other.id, hire.id]) {
      const read = await s.call<ErrorBody>(caller, 'GET', `/people/${hire.id}/checklist`);
      expect(read.status).toBe(403);
      const tick = await send<ErrorBody>(
        caller,
        'PATCH',
        `/people/${hire.id}/checklist/onboarding/items/flowers`,
        {
          done: true,
        },
        'W/"x"',
      );
      expect(tick.status).toBe(403);
    }
  });

  it('ticks an item with who and when; a second tab with the old version is told (409), nothing is lost', async () => {
    const leader = managerOf(hire);
    const list = (await open(hire)).checklists.find((l) => l.kind === 'onboarding')!;
    const letter = list.items.find((i) => i.id === 'offer-letter')!;
    const path = `/people/${hire.id}/checklist/onboarding/items/offer-letter`;
    const ticked = await send(leader.id, 'PATCH', path, { done: true }, letter.etag);
    expect(ticked.status).toBe(200);
    const done = ticked.body.items.find((i) => i.id === 'offer-letter')!;
    expect(done.done).toMatchObject({
      by: leader.id,
      byName: leader.displayName,
      at: '2026-11-23T09:00:00.000Z',
    });
    expect(done.overdue).toBe(false);
    expect(ticked.body.progress.done).toBe(1);
    const stale = await send<ErrorBody>(leader.id, 'PATCH', path, { done: false }, letter.etag);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    // another item is not in the way of this one
    const colleagues = list.items.find((i) => i.id === 'notify-colleagues')!;
    const other = await send(
      leader.id,
      'PATCH',
      `/people/${hire.id}/checklist/onboarding/items/notify-colleagues`,
      { done: true },
      colleagues.etag,
    );
    expect(other.status).toBe(200);
    expect(other.body.items.find((i) => i.id === 'offer-letter')?.done).not.toBeNull();
    const missing = await send<ErrorBody>(leader.id, 'PATCH', path, { done: true });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('header.if-match');
  });

  it('a newly qualified teacher needs a mentor (000 3, SFS 2213); naming one ticks that item and hands over the mentor’s items', async () => {
    const leader = managerOf(hire);
    let list = (await open(hire)).checklists.find((l) => l.kind === 'onboarding')!;
    const marked = await send(
      leader.id,
      'PATCH',
      `/people/${hire.id}/checklist/onboarding`,
      { newlyQualifiedTeacher: true },
      list.etag,
    );
    expect(marked.status).toBe(200);
    expect(marked.body.mentorMissing).toBe(true);
    list = marked.body;
    const appoint = list.items.find((i) => i.id === 'appoint-mentor')!;
    const refused = await send<ErrorBody>(
      leader.id,
      'PATCH',
      `/people/${hire.id}/checklist/onboarding/items/appoint-mentor`,
      { done: true },
      appoint.etag,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('body.mentorId');

    const stranger = await send<ErrorBody>(
      leader.id,
      'PATCH',
      `/people/${hire.id}/checklist/onboarding`,
      { mentorId: leaver.id },
      list.etag,
    );
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.field).toBe('body.mentorId');

    const named = await send(
      leader.id,
      'PATCH',
      `/people/${hire.id}/checklist/onboarding`,
      { mentorId: settled.id },
      list.etag,
    );
    expect(named.status).toBe(200);
    expect(named.body.mentor).toEqual({ id: settled.id, displayName: settled.displayName });
    expect(named.body.mentorMissing).toBe(false);
    expect(named.body.items.find((i) => i.id === 'appoint-mentor')?.done?.by).toBe(leader.id);
    // 000 4 items a fadder may take: the introduction to the unit is now the mentor's
    expect(named.body.items.find((i) => i.id === 'present-unit')?.responsible).toBe('mentor');
    // the old version of the list is stale now
    const again = await send<ErrorBody>(
      leader.id,
      'PATCH',
      `/people/${hire.id}/checklist/onboarding`,
      { newLeader: true },
      list.etag,
    );
    expect(again.status).toBe(409);
    const leaderVariant = await send(
      leader.id,
      'PATCH',
      `/people/${hire.id}/checklist/onboarding`,
      { newLeader: true },
      named.body.etag,
    );
    expect(leaderVariant.body.items.find((i) => i.id === 'meet-hr')?.responsible).toBe('hr');
  });

  it('the team overview shows each list as done of total, with the overdue ones counted', async () => {
    const team = await s.call<{
      members: {
        id: string;
        checklist: { kind: string; done: number; total: number; overdue: number } | null;
      }[];
    }>(managerOf(hire).id, 'GET', '/team');
    const row = team.body.members.find((m) => m.id === hire.id)?.checklist;
    const list = (await open(hire)).checklists.find((l) => l.kind === 'onboarding')!;
    expect(row).toEqual({ kind: 'onboarding', ...list.progress, nextDeadline: undefined });
    expect(row?.done).toBeGreaterThanOrEqual(3);
    expect(team.body.members.find((m) => m.id === settled.id)?.checklist).toBeNull();
  });

  it('without a leave date in the directory the leader records the last day; the list counts from it and moves with it', async () => {
    const leader = managerOf(settled);
    const before = await open(settled);
    expect(before.checklists.some((l) => l.kind === 'exit')).toBe(false);
    expect(before.startable).toContainEqual({ kind: 'exit', date: null });
    const noDate = await send<ErrorBody>(leader.id, 'POST', `/people/${settled.id}/checklist`, {
      kind: 'exit',
    });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.field).toBe('body.endDate');
    const started = await send(leader.id, 'POST', `/people/${settled.id}/checklist`, {
      kind: 'exit',
      endDate: '2027-01-29',
    });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ kind: 'exit', date: '2027-01-29', dateSource: 'leader' });
    // starting twice returns the same list
    const twice = await send(leader.id, 'POST', `/people/${settled.id}/checklist`, {
      kind: 'exit',
      endDate: '2027-03-01',
    });
    expect(twice.body.date).toBe('2027-01-29');
    const moved = await send(
      leader.id,
      'PATCH',
      `/people/${settled.id}/checklist/exit`,
      { endDate: '2027-02-26' },
      started.body.etag,
    );
    expect(moved.status).toBe(200);
    // two weeks before Friday 26 February 2027 is Friday 12 February
    expect(moved.body.items.find((i) => i.id === 'hand-over')?.deadline).toBe('2027-02-12');
    // and the sluttsamtale is now due for the team overview (000 5)
    const team = await s.call<{ members: { id: string; nextDue: { kind: string } | null }[] }>(
      leader.id,
      'GET',
      '/team',
    );
    expect(team.body.members.find((m) => m.id === settled.id)?.nextDue?.kind).toBe('exit');
  });
});
