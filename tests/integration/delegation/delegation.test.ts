// Handing a conversation to another leader (002; 003) on the demo stack with the Graph emulator: only
// leaders near the conductor are offered, the time stays when the new conductor is free (else they pick one
// both are free), Outlook's meeting moves from the old conductor's calendar to the new one's with a message
// to the employee, access moves with it, preparations and the referat draft stay, the audit log says who
// handed it to whom, and a failure half-way is finished by a retry without a second meeting.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphDirectory } from '../../../src/adapters/graph/directory';
import type { Delegated } from '../../../src/app/delegate-conversation';
import type { DelegationCandidate } from '../../../src/app/list-delegation-candidates';
import type { PreparationView } from '../../../src/app/open-preparation';
import type { ReferatView } from '../../../src/app/open-referat';
import { noticeContent } from '../../../src/app/notice-content';
import { listNoticesOf } from '../../../src/app/notice-outbox';
import type { DelegationPreview } from '../../../src/app/preview-delegation';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import { emulatorToken } from '../../../src/demo/graph-emulator';
import type { Conversation } from '../../../src/core/conversation';
import type { AuditEntry } from '../../../src/core/audit';
import type { FreeSlot } from '../../../src/core/scheduling/slots';
import { NOW, startScheduling, type ErrorBody, type Scheduling } from '../scheduling/helpers';

let s: Scheduling;
let leaderId: string;
let employeeId: string;
let conversation: Conversation;
let candidates: DelegationCandidate[];

async function book(employee: string): Promise<Conversation> {
  const { body } = await s.call<{ slots: FreeSlot[] }>(leaderId, 'POST', '/conversations/suggestions', {
    employeeId: employee,
    kind: 'annual',
  });
  const booked = await s.call<{ conversation: Conversation }>(leaderId, 'POST', '/conversations', {
    employeeId: employee,
    kind: 'annual',
    start: body.slots[0]!.start,
    location: null,
    online: true,
  });
  expect(booked.status).toBe(201);
  return booked.body.conversation;
}

async function withEtag<T>(who: string, method: string, path: string, body: unknown, etag: string) {
  const res = await fetch(`${s.stack.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await s.token(who)}`,
      'content-type': 'application/json',
      'if-match': etag,
    },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  s = await startScheduling();
  leaderId = s.leader().id;
  employeeId = s.reportsOf(leaderId).find((p) => s.reportsOf(p.id).length === 0)!.id;
  conversation = await book(employeeId);
  // both sides prepare and the leader starts the referat: all of it must survive the hand-over
  const prep = await s.call<PreparationView>(
    employeeId,
    'GET',
    `/conversations/${conversation.id}/preparation`,
  );
  const question = prep.body.template.sections[0]!.questions.find((q) => q.type === 'text')!;
  await withEtag(
    employeeId,
    'PUT',
    `/conversations/${conversation.id}/preparation`,
    { answers: { [question.id]: 'Jeg vil snakke om turnus' } },
    prep.body.etag,
  );
  const mine = await s.call<PreparationView>(
    leaderId,
    'GET',
    `/conversations/${conversation.id}/preparation`,
  );
  const leaderQuestion = mine.body.template.sections[0]!.questions.find((q) => q.type === 'text')!;
  await withEtag(
    leaderId,
    'PUT',
    `/conversations/${conversation.id}/preparation`,
    { answers: { [leaderQuestion.id]: 'Ros for vaktbytteordningen' } },
    mine.body.etag,
  );
  const referat = await s.call<ReferatView>(leaderId, 'GET', `/conversations/${conversation.id}/referat`);
  await withEtag(
    leaderId,
    'PATCH',
    `/conversations/${conversation.id}/referat`,
    { type: 'private-notes', notes: { text: 'Spør om kurs' } },
    referat.body.etag,
  );
}, 60_000);

afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

describe('delegating a conversation (002)', () => {
  it('offers only leaders near the conductor: their own leader and leaders beside or under them', async () => {
    const res = await s.call<{ candidates: DelegationCandidate[] }>(
      leaderId,
      'GET',
      `/conversations/${conversation.id}/delegation/candidates`,
    );
    expect(res.status).toBe(200);
    candidates = res.body.candidates;
    const leader = s.stack.municipality.people.find((p) => p.id === leaderId)!;
    expect(candidates[0]).toMatchObject({ id: leader.managerId, relation: 'manager' });
    expect(candidates.length).toBeGreaterThan(1);
    for (const c of candidates) {
      expect(c.id).not.toBe(employeeId);
      expect(s.reportsOf(c.id).length).toBeGreaterThan(0);
    }
    // the employee cannot even ask
    expect(
      (await s.call(employeeId, 'GET', `/conversations/${conversation.id}/delegation/candidates`)).status,
    ).toBe(403);
  });

  it('refuses someone who leads nobody, and anyone but the conductor', async () => {
    const colleague = s
      .reportsOf(leaderId)
      .find((p) => p.id !== employeeId && s.reportsOf(p.id).length === 0)!;
    const body = { toLeaderId: colleague.id, start: conversation.start };
    const res = await s.call<ErrorBody>(leaderId, 'POST', `/conversations/${conversation.id}/delegate`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.toLeaderId');
    const peer = candidates.find((c) => c.relation === 'peer') ?? candidates[0]!;
    const stranger = await s.call<ErrorBody>(peer.id, 'POST', `/conversations/${conversation.id}/delegate`, {
      toLeaderId: peer.id,
      start: conversation.start,
    });
    expect(stranger.status).toBe(403);
  });

  it('refuses a leader who is not near the conductor, though they lead people (the content would go to them)', async () => {
    const near = new Set([leaderId, ...candidates.map((c) => c.id)]);
    const far = s.stack.municipality.people.find((p) => !near.has(p.id) && s.reportsOf(p.id).length > 0)!;
    expect(far).toBeDefined();
    for (const step of ['delegation/preview', 'delegate']) {
      const res = await s.call<ErrorBody>(leaderId, 'POST', `/conversations/${conversation.id}/${step}`, {
        toLeaderId: far.id,
        start: conversation.start,
      });
      expect(res.status, step).toBe(400);
      expect(res.body.error.field, step).toBe('body.toLeaderId');
    }
    const after = await s.call<{ conducting: { id: string }[] }>(leaderId, 'GET', '/conversations');
    expect(after.body.conducting.map((c) => c.id)).toContain(conversation.id);
  });

  let target: DelegationCandidate;

  it('keeps the time when the new conductor is free, and offers three other times when they are not', async () => {
    const previews = await Promise.all(
      candidates.map((c) =>
        s.call<DelegationPreview>(leaderId, 'POST', `/conversations/${conversation.id}/delegation/preview`, {
          toLeaderId: c.id,
        }),
      ),
    );
    const free = previews.findIndex((p) => p.body.canKeepTime);
    expect(free).toBeGreaterThanOrEqual(0);
    target = candidates[free]!;
    expect(previews[free]!.body).toMatchObject({
      meetingHeld: false,
      start: conversation.start,
      suggestions: [],
    });

    // the same leader with a meeting at that very time
    const blocker = await s.outlook.createMeeting({
      conversationId: 'blocker',
      organizerId: target.id,
      attendees: [],
      start: conversation.start,
      end: conversation.end,
      subject: 'Budsjettmøte',
      bodyHtml: '<p>Budsjett</p>',
      location: null,
      online: false,
      reminderMinutes: 15,
      transactionId: 'blocker-1',
    });
    const busy = await s.call<DelegationPreview>(
      leaderId,
      'POST',
      `/conversations/${conversation.id}/delegation/preview`,
      { toLeaderId: target.id },
    );
    expect(busy.body.canKeepTime).toBe(false);
    expect(busy.body.suggestions).toHaveLength(3);
    const taken = await s.call<ErrorBody>(leaderId, 'POST', `/conversations/${conversation.id}/delegate`, {
      toLeaderId: target.id,
      start: conversation.start,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('slot-taken');
    await s.outlook.cancelMeeting(target.id, blocker.eventId, 'Flyttet');
  });

  let delegated: Delegated;

  it('moves the meeting to the new conductor’s calendar at the same time, telling the employee who takes over', async () => {
    const res = await s.call<Delegated>(leaderId, 'POST', `/conversations/${conversation.id}/delegate`, {
      toLeaderId: target.id,
      start: conversation.start,
      note: 'Jeg er på kurs den uka.',
    });
    expect(res.status).toBe(200);
    delegated = res.body;
    expect(delegated.conversation).toMatchObject({
      conductorId: target.id,
      start: conversation.start,
      status: 'booked',
    });
    expect(delegated.conversation.meeting?.eventId).not.toBe(conversation.meeting?.eventId);
    expect(await s.outlook.findMeeting(leaderId, conversation.id)).toBeNull();
    const moved = await s.outlook.findMeeting(target.id, conversation.id);
    expect(moved).toMatchObject({
      organizerId: target.id,
      start: conversation.start,
      eventId: delegated.conversation.meeting?.eventId,
    });
    // Outlook's cancellation carries our message: who takes over, that a new invitation comes, the note
    const cancel = s.graph.exchanges.find(
      (e) =>
        e.method === 'POST' &&
        e.url.includes(`/events/${encodeURIComponent(conversation.meeting!.eventId)}/cancel`),
    );
    const comment = (cancel?.requestBody as { Comment?: string } | undefined)?.Comment ?? '';
    expect(comment).toContain(target.displayName);
    expect(comment).toContain('Jeg er på kurs den uka.');
    expect(comment).toBe(delegated.delegation.message);
    expect(delegated.delegation).toMatchObject({
      fromId: leaderId,
      toId: target.id,
      state: 'done',
      at: '2026-11-23T09:00:00.000Z',
    });
    // Outlook makes the new conductor the organizer and so tells them nothing: Samtale does, naming who
    // handed it over, and by e-mail from that leader's mailbox where Teams cannot reach them
    const told = (await listNoticesOf(s.stack.store, target.id)).filter(
      (n) => n.notice.type === 'leader-notification' && n.notice.event === 'conductor-assigned',
    );
    expect(told.map((n) => n.notice)).toEqual([
      { type: 'leader-notification', event: 'conductor-assigned', conversationId: conversation.id },
    ]);
    const client = createGraphClient({ baseUrl: s.stack.graphUrl, getToken: async () => emulatorToken({}) });
    const deps = {
      store: s.stack.store,
      directory: createGraphDirectory({ client }),
      clock: { now: () => NOW },
      newId: randomUUID,
      policyFor: async () => DEFAULT_POLICY,
    };
    const leader = s.stack.municipality.people.find((p) => p.id === leaderId)!;
    expect(await noticeContent(deps, told[0]!, 'nb')).toMatchObject({
      event: 'conductor-assigned',
      byName: leader.displayName,
      senderId: leaderId,
    });
  });

  it('access moves with it: the new conductor reads the preparations and the draft, the old one gets 403', async () => {
    const path = `/conversations/${conversation.id}`;
    expect((await s.call(leaderId, 'GET', `${path}/referat`)).status).toBe(403);
    expect((await s.call(leaderId, 'GET', `${path}/preparation`)).status).toBe(403);
    const referat = await s.call<ReferatView>(target.id, 'GET', `${path}/referat`);
    expect(referat.status).toBe(200);
    expect(JSON.stringify(referat.body)).toContain('Spør om kurs');
    const prep = await s.call<PreparationView>(target.id, 'GET', `${path}/preparation`);
    expect(Object.values(prep.body.mine.answers)).toContain('Ros for vaktbytteordningen');
    const employee = await s.call<PreparationView>(employeeId, 'GET', `${path}/preparation`);
    expect(Object.values(employee.body.mine.answers)).toContain('Jeg vil snakke om turnus');
    // the lists follow: the new conductor holds it for another leader's person, the old one sees who holds it
    const theirs = await s.call<{ conductingForOthers: { conversationId: string }[] }>(
      target.id,
      'GET',
      '/team',
    );
    expect(theirs.body.conductingForOthers.map((c) => c.conversationId)).toContain(conversation.id);
    const mine = await s.call<{
      members: { id: string; nextBooked: { conductor: { id: string } | null } | null }[];
    }>(leaderId, 'GET', '/team');
    expect(mine.body.members.find((m) => m.id === employeeId)?.nextBooked?.conductor?.id).toBe(target.id);
    const conducting = await s.call<{ conducting: Conversation[] }>(leaderId, 'GET', '/conversations');
    expect(conducting.body.conducting.some((c) => c.id === conversation.id)).toBe(false);
  });

  it('says so in the audit log, and a repeated request changes nothing', async () => {
    const hr = s.stack.municipality.people.find((p) => p.roles.includes('hr'))!;
    const log = await s.call<{ entries: AuditEntry[] }>(
      hr.id,
      'GET',
      `/conversations/${conversation.id}/audit`,
    );
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({ actorId: leaderId, action: 'delegate-conversation', part: target.id }),
    );
    const again = await s.call<Delegated>(leaderId, 'POST', `/conversations/${conversation.id}/delegate`, {
      toLeaderId: target.id,
      start: conversation.start,
    });
    expect(again.status).toBe(200);
    expect(again.body.delegation.id).toBe(delegated.delegation.id);
    expect(again.body.conversation.meeting?.eventId).toBe(delegated.conversation.meeting?.eventId);
  });

  it('a failure after the old meeting was cancelled is finished by the retry, with one new meeting', async () => {
    const other = s.reportsOf(leaderId).find((p) => p.id !== employeeId && s.reportsOf(p.id).length === 0)!;
    const second = await book(other.id);
    const preview = await s.call<DelegationPreview>(
      leaderId,
      'POST',
      `/conversations/${second.id}/delegation/preview`,
      { toLeaderId: target.id },
    );
    const start = preview.body.canKeepTime ? second.start : preview.body.suggestions[0]!.start;
    s.stack.graph.faults.inject({ method: 'POST', path: /\/users\/[^/]+\/events$/, status: 500 });
    const failed = await s.call<ErrorBody>(leaderId, 'POST', `/conversations/${second.id}/delegate`, {
      toLeaderId: target.id,
      start,
    });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await s.outlook.findMeeting(leaderId, second.id)).toBeNull();
    const retried = await s.call<Delegated>(leaderId, 'POST', `/conversations/${second.id}/delegate`, {
      toLeaderId: target.id,
      start,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.conversation).toMatchObject({ conductorId: target.id, start, status: 'booked' });
    const mailbox = s.stack.graph.calendar.mailbox(target.id)!;
    const theirs = s.stack.graph.calendar.list(mailbox).filter((e) => JSON.stringify(e).includes(second.id));
    expect(theirs).toHaveLength(1);
  });
});
