// Following up a signed action plan: the employee sees their actions and ticks them off with a comment,
// the conductor reads the status, strangers get nothing, and the signed referat itself never changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyAction } from '../../../src/app/list-my-actions';
import type { ReferatView } from '../../../src/app/open-referat';
import type { Conversation } from '../../../src/core/conversation';
import type { FreeSlot } from '../../../src/core/scheduling/slots';
import { startScheduling, type Scheduling } from '../scheduling/helpers';

let s: Scheduling;
let conversation: Conversation;
let leaderId: string;
let employeeId: string;
let strangerId: string;

async function patchReferat(etag: string, change: unknown): Promise<ReferatView> {
  const res = await fetch(`${s.stack.url}/api/conversations/${conversation.id}/referat`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${await s.token(leaderId)}`,
      'content-type': 'application/json',
      'if-match': etag,
    },
    body: JSON.stringify(change),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ReferatView;
}

async function patchAction(userId: string, actionId: string, body: unknown, etag: string | null) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await s.token(userId)}`,
    'content-type': 'application/json',
  };
  if (etag) headers['if-match'] = etag;
  const res = await fetch(`${s.stack.url}/api/actions/${conversation.id}/${actionId}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { etag: string; done: boolean; comment: string } };
}

const openActionsInTeam = async () =>
  (
    await s.call<{ members: { id: string; openActions: number }[] }>(leaderId, 'GET', '/team')
  ).body.members.find((m) => m.id === employeeId)?.openActions;

const mine = async (userId: string) =>
  (await s.call<{ actions: MyAction[] }>(userId, 'GET', '/actions/mine')).body.actions;

beforeAll(async () => {
  s = await startScheduling();
  const leader = s.leader();
  const employee = s.reportsOf(leader.id)[0]!;
  [leaderId, employeeId] = [leader.id, employee.id];
  strangerId = s.reportsOf(leader.id)[1]!.id;
  const { body } = await s.call<{ slots: FreeSlot[] }>(leaderId, 'POST', '/conversations/suggestions', {
    employeeId,
    kind: 'annual',
  });
  const booked = await s.call<{ conversation: Conversation }>(leaderId, 'POST', '/conversations', {
    employeeId,
    kind: 'annual',
    start: body.slots[0]!.start,
    location: null,
    online: true,
  });
  conversation = booked.body.conversation;
  const opened = await s.call<ReferatView>(leaderId, 'GET', `/conversations/${conversation.id}/referat`);
  const withCourse = await patchReferat(opened.body.etag, {
    type: 'add-action',
    action: {
      id: 'kurs',
      what: 'Kurs i veiledning av studenter',
      responsibleId: employeeId,
      responsibleName: employee.displayName,
      deadline: '2027-03-01',
      sharedNeed: false,
    },
  });
  const withBoth = await patchReferat(withCourse.etag, {
    type: 'add-action',
    action: {
      id: 'turnus',
      what: 'Se på turnusen før sommeren',
      responsibleId: leaderId,
      responsibleName: leader.displayName,
      deadline: '2027-02-01',
      sharedNeed: false,
    },
  });
  const path = `/conversations/${conversation.id}/referat/approve`;
  expect((await s.call(leaderId, 'POST', path, { contentHash: withBoth.contentHash })).status).toBe(200);
});
afterAll(async () => {
  await s?.stack.stop();
});

describe('my actions', () => {
  it('shows nothing before both have signed, since the plan may still change', async () => {
    expect(await mine(employeeId)).toEqual([]);
    const early = await patchAction(employeeId, 'kurs', { done: true }, null);
    expect(early.status).toBe(404);
  });

  it('lists every line of the employee’s signed plan, soonest deadline first, not done', async () => {
    const referat = await s.call<ReferatView>(employeeId, 'GET', `/conversations/${conversation.id}/referat`);
    const path = `/conversations/${conversation.id}/referat/approve`;
    const signed = await s.call<ReferatView>(employeeId, 'POST', path, {
      contentHash: referat.body.contentHash,
    });
    expect(signed.body.fullyApproved).toBe(true);
    const actions = await mine(employeeId);
    expect(actions.map((a) => [a.id, a.role, a.done, a.etag])).toEqual([
      ['turnus', 'employee', false, null],
      ['kurs', 'employee', false, null],
    ]);
    // the conductor's "mine" holds only the line they carry
    expect((await mine(leaderId)).map((a) => [a.id, a.role])).toEqual([['turnus', 'conductor']]); // the team overview counts the open lines of the signed plan, whoever carries them
    expect(await openActionsInTeam()).toBe(2);
  });

  it('keeps done and the comment beside the referat, whose signed content stays the same', async () => {
    const before = await s.call<ReferatView>(employeeId, 'GET', `/conversations/${conversation.id}/referat`);
    const first = await patchAction(employeeId, 'kurs', { done: true, comment: 'Meldt på til mars' }, null);
    expect(first.status).toBe(200);
    const second = await patchAction(employeeId, 'kurs', { comment: 'Fullført 12. mars' }, first.body.etag);
    expect(second.body).toMatchObject({ done: true, comment: 'Fullført 12. mars' });

    expect(await openActionsInTeam()).toBe(1);
    const kurs = (await mine(employeeId)).find((a) => a.id === 'kurs');
    expect(kurs).toMatchObject({ done: true, comment: 'Fullført 12. mars', etag: second.body.etag });
    const after = await s.call<ReferatView>(employeeId, 'GET', `/conversations/${conversation.id}/referat`);
    expect(after.body.contentHash).toBe(before.body.contentHash);
    expect(after.body.etag).toBe(before.body.etag);
    expect(after.body.fullyApproved).toBe(true);
  });

  it('refuses a write on an old version, so another window’s comment is not overwritten', async () => {
    const current = (await mine(employeeId)).find((a) => a.id === 'kurs')!;
    const fresh = await patchAction(employeeId, 'kurs', { comment: 'Fra fanen' }, current.etag);
    expect(fresh.status).toBe(200);
    const stale = await patchAction(employeeId, 'kurs', { comment: 'Fra mobilen' }, current.etag);
    expect(stale.status).toBe(409);
    const firstWriteAgain = await patchAction(employeeId, 'kurs', { done: false }, null);
    expect(firstWriteAgain.status).toBe(409);
    expect((await mine(employeeId)).find((a) => a.id === 'kurs')?.comment).toBe('Fra fanen');
  });

  it('lets the conductor read the status and follow up their own line, not tick off the employee’s', async () => {
    const read = await s.call<{ actions: MyAction[] }>(
      leaderId,
      'GET',
      `/conversations/${conversation.id}/actions`,
    );
    expect(read.status).toBe(200);
    expect(read.body.actions.find((a) => a.id === 'kurs')).toMatchObject({
      done: true,
      comment: 'Fra fanen',
    });
    expect((await patchAction(leaderId, 'kurs', { done: false }, null)).status).toBe(403);
    expect((await patchAction(leaderId, 'turnus', { done: true }, null)).status).toBe(200);
  });

  it('gives a stranger 403 on both reading and writing, and nothing in their own list', async () => {
    expect((await patchAction(strangerId, 'kurs', { done: false }, null)).status).toBe(403);
    const read = await s.call(strangerId, 'GET', `/conversations/${conversation.id}/actions`);
    expect(read.status).toBe(403);
    expect(await mine(strangerId)).toEqual([]);
  });

  it('answers 400 with the field for a body that is not an update', async () => {
    const bad = await patchAction(employeeId, 'kurs', { done: 'yes' }, null);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { field: 'body.done' } });
  });

  it('logs each read and change of the follow-up for HR, with the action but never the comment', async () => {
    const hr = s.stack.municipality.people.find((p) => p.roles.includes('hr'))!;
    const log = await s.call<{ entries: Array<{ actorId: string; action: string; part: string | null }> }>(
      hr.id,
      'GET',
      `/conversations/${conversation.id}/audit`,
    );
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({ actorId: employeeId, action: 'update-action', part: 'kurs' }),
    );
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({ actorId: employeeId, action: 'read-actions' }),
    );
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({ actorId: leaderId, action: 'read-actions' }),
    );
    expect(JSON.stringify(log.body)).not.toContain('Fra fanen');
  });
});
