// Preparing for the conversation (seed 004: a column for the employee and one for the leader): each side's
// answers stay hidden from the other until both have submitted or the meeting starts (DESIGN §2.4, policy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparationView } from '../../src/app/open-preparation';
import type { Conversation } from '../../src/core/conversation';
import type { FreeSlot } from '../../src/core/scheduling/slots';
import { startScheduling, type ErrorBody, type Scheduling } from './scheduling/helpers';

let s: Scheduling;
let conversation: Conversation;
let leaderId: string;
let employeeId: string;

beforeAll(async () => {
  s = await startScheduling();
  const leader = s.leader();
  [leaderId, employeeId] = [leader.id, s.reportsOf(leader.id)[3]!.id];
  const { body } = await s.call<{ slots: FreeSlot[] }>(leaderId, 'POST', '/conversations/suggestions', {
    employeeId,
    kind: 'annual',
  });
  conversation = (
    await s.call<{ conversation: Conversation }>(leaderId, 'POST', '/conversations', {
      employeeId,
      kind: 'annual',
      start: body.slots[0]!.start,
      location: null,
      online: true,
    })
  ).body.conversation;
});
afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

const path = () => `/conversations/${conversation.id}/preparation`;

async function save(userId: string, view: PreparationView, answers: Record<string, string>, submit = false) {
  const res = await fetch(`${s.stack.url}/api${path()}${submit ? '/submit' : ''}`, {
    method: submit ? 'POST' : 'PUT',
    headers: {
      authorization: `Bearer ${await s.token(userId)}`,
      'content-type': 'application/json',
      'if-match': view.etag,
    },
    body: JSON.stringify({ answers }),
  });
  return { status: res.status, body: (await res.json()) as PreparationView & ErrorBody };
}

function firstQuestion(view: PreparationView, type: 'text' | 'check' = 'text') {
  return view.template.sections.flatMap((section) => section.questions).find((q) => q.type === type)!;
}

describe('the preparation form', () => {
  it('gives each side its own questions in its own language', async () => {
    const mine = await s.call<PreparationView>(employeeId, 'GET', path());
    expect(mine.status).toBe(200);
    expect(mine.body.side).toBe('employee');
    expect(mine.body.template.id).toBe('medarbeidersamtale');
    expect(mine.body.conversation.conductorName).toBe(s.leader().displayName);
    const leaders = await s.call<PreparationView>(leaderId, 'GET', path());
    expect(leaders.body.side).toBe('leader');
  });

  it('keeps a draft, refuses a stale version, and hides it from the other side', async () => {
    const view = (await s.call<PreparationView>(employeeId, 'GET', path())).body;
    const question = firstQuestion(view);
    const saved = await save(employeeId, view, { [question.id]: 'Jeg vil lære mer om DIPS.' });
    expect(saved.status).toBe(200);
    expect(saved.body.mine.answers[question.id]).toBe('Jeg vil lære mer om DIPS.');
    const stale = await save(employeeId, view, { [question.id]: 'Fra en gammel fane' });
    expect(stale.status).toBe(409);
    const asLeader = await s.call<PreparationView>(leaderId, 'GET', path());
    expect(asLeader.body.other).toBeNull();
    expect(asLeader.body.otherSubmitted).toBe(false);
  });

  it('names an unknown question and changes nothing', async () => {
    const view = (await s.call<PreparationView>(employeeId, 'GET', path())).body;
    const bad = await save(employeeId, view, { 'annual.finnes.ikke': 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('answers["annual.finnes.ikke"]');
    expect((await s.call<PreparationView>(employeeId, 'GET', path())).body.etag).toBe(view.etag);
  });

  it('shows both sides to each other once both have submitted (policy: hidden until both)', async () => {
    const employeeView = (await s.call<PreparationView>(employeeId, 'GET', path())).body;
    const submitted = await save(employeeId, employeeView, employeeView.mine.answers, true);
    expect(submitted.body.mine.submittedAt).not.toBeNull();
    // one side submitted: still hidden
    const leaderView = (await s.call<PreparationView>(leaderId, 'GET', path())).body;
    expect(leaderView.other).toBeNull();
    expect(leaderView.otherSubmitted).toBe(true);

    const question = firstQuestion(leaderView);
    const both = await save(leaderId, leaderView, { [question.id]: 'Godt samarbeid i teamet.' }, true);
    expect(both.body.other?.side).toBe('employee');
    expect(Object.values(both.body.other?.answers ?? {})).toContain('Jeg vil lære mer om DIPS.');
    const employeeNow = (await s.call<PreparationView>(employeeId, 'GET', path())).body;
    expect(employeeNow.other?.answers[question.id]).toBe('Godt samarbeid i teamet.');
  });

  it('is closed to anyone who is not a party', async () => {
    const stranger = s.stack.municipality.people.find((p) => p.id !== leaderId && p.id !== employeeId)!;
    expect((await s.call(stranger.id, 'GET', path())).status).toBe(403);
  });
});
