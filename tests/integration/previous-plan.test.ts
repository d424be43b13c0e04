// The last signed plan before a conversation (002: "the plan is the start of next year's conversation"):
// only a fully approved referat of the same kind counts, the newest one, with what is overdue today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferatView } from '../../src/app/open-referat';
import { insertConversation } from '../../src/app/conversations-repo';
import type { PreviousPlan } from '../../src/app/previous-plan';
import { insertReferat } from '../../src/app/referats-repo';
import type { Conversation } from '../../src/core/conversation';
import { approve } from '../../src/core/referat/approval';
import type { ActionItem, Referat } from '../../src/core/referat/referat';
import type { FreeSlot } from '../../src/core/scheduling/slots';
import { startScheduling, type Scheduling } from './scheduling/helpers';

let s: Scheduling;
let current: Conversation;
let leaderId: string;
let employeeId: string;

beforeAll(async () => {
  s = await startScheduling();
  leaderId = s.leader().id;
  employeeId = s.reportsOf(leaderId)[0]!.id;
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
  current = booked.body.conversation;
});
afterAll(async () => {
  await s?.stack.stop();
});

const planPath = () => `/conversations/${current.id}/previous-plan`;

const action = (id: string, what: string, deadline: string): ActionItem => ({
  id,
  what,
  responsibleId: employeeId,
  responsibleName: 'Medarbeideren',
  deadline,
  sharedNeed: false,
});

/** An earlier conversation of the employee, stored as if it had been held, optionally signed by both. */
async function earlier(input: {
  id: string;
  kind?: Conversation['kind'];
  start: string;
  actions: ActionItem[];
  signed: boolean;
}): Promise<void> {
  const conversation: Conversation = {
    ...current,
    id: input.id,
    kind: input.kind ?? 'annual',
    start: input.start,
    end: new Date(Date.parse(input.start) + 3_600_000).toISOString(),
    meeting: null,
  };
  await insertConversation(s.stack.store, conversation);
  const template = (await s.call<ReferatView>(leaderId, 'GET', `/conversations/${current.id}/referat`)).body;
  let referat: Referat = {
    ...(template.referat as Referat),
    conversationId: input.id,
    kind: conversation.kind,
    heldOn: input.start.slice(0, 10),
    actions: input.actions,
    approvals: [],
  };
  if (input.signed) {
    referat = approve(referat, { by: leaderId, role: 'leader', at: input.start });
    referat = approve(referat, { by: employeeId, role: 'employee', at: input.start });
  }
  await insertReferat(s.stack.store, referat);
}

describe('GET /api/conversations/:id/previous-plan', () => {
  it('is null while the employee has no earlier signed plan', async () => {
    const res = await s.call<{ plan: PreviousPlan | null }>(leaderId, 'GET', planPath());
    expect(res.status).toBe(200);
    expect(res.body.plan).toBeNull();
  });

  it('gives the newest signed plan of the same kind, with overdue actions marked (today 23.11.2026)', async () => {
    await earlier({
      id: 'annual-2024',
      start: '2024-11-20T09:00:00.000Z',
      actions: [action('x', 'Gammel plan', '2025-01-01')],
      signed: true,
    });
    await earlier({
      id: 'annual-2025',
      start: '2025-11-18T09:00:00.000Z',
      actions: [action('a', 'Kurs i DIPS', '2026-03-01'), action('b', 'Hospitering', '2027-02-01')],
      signed: true,
    });
    // newer, but never signed by both: not a plan anyone agreed to
    await earlier({
      id: 'annual-2026-unsigned',
      start: '2026-06-01T09:00:00.000Z',
      actions: [action('c', 'Utkast', '2026-12-01')],
      signed: false,
    });
    // signed, but another kind of conversation
    await earlier({
      id: 'followup-2026',
      kind: 'probation-followup',
      start: '2026-09-01T09:00:00.000Z',
      actions: [action('d', 'Prøvetidsmål', '2026-10-01')],
      signed: true,
    });

    const res = await s.call<{ plan: PreviousPlan | null }>(leaderId, 'GET', planPath());
    expect(res.status).toBe(200);
    expect(res.body.plan).toEqual({
      conversationId: 'annual-2025',
      heldOn: '2025-11-18',
      actions: [
        {
          what: 'Kurs i DIPS',
          responsibleName: 'Medarbeideren',
          deadline: '2026-03-01',
          sharedNeed: false,
          overdue: true,
        },
        {
          what: 'Hospitering',
          responsibleName: 'Medarbeideren',
          deadline: '2027-02-01',
          sharedNeed: false,
          overdue: false,
        },
      ],
      noSpecialActions: false,
    });
  });

  it('is open to the employee of the conversation, closed to anyone else', async () => {
    const asEmployee = await s.call<{ plan: PreviousPlan | null }>(employeeId, 'GET', planPath());
    expect(asEmployee.status).toBe(200);
    expect(asEmployee.body.plan?.conversationId).toBe('annual-2025');
    const stranger = s.stack.municipality.people.find((p) => p.id !== leaderId && p.id !== employeeId)!;
    const refused = await s.call(stranger.id, 'GET', planPath());
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('DIPS');
    expect((await s.call(leaderId, 'GET', '/conversations/no-such/previous-plan')).status).toBe(404);
  });
});
