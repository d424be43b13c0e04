// Issue 5 item 4, "sends each once": two server instances sweep and deliver at the same moment, and again a
// quarter of an hour later on the same day, over Azure Tables (Azurite: its ETags and insert conflicts are
// what the lease and the idempotency keys rely on). Each instance has its own Teams client and pacer, as two
// processes would; both send through the real renderer and Messenger to the local Bot Connector that holds
// the bot to Teams' limits. Every reminder must be stored once and arrive in its person's chat once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botApiClient, createTeamsMessenger } from '../../../src/adapters/bot/teams-messenger';
import { saveChatReference } from '../../../src/app/chat-references-repo';
import { insertChecklist } from '../../../src/app/checklists-repo';
import { deliverNotices, type DeliveryDeps } from '../../../src/app/deliver-notices';
import { enqueueNotices, getNoticeRecord, listPendingNotices } from '../../../src/app/notice-outbox';
import { sweepReminders, type SweepDeps, type SweepResult } from '../../../src/app/sweep-reminders';
import { osloToUtc } from '../../../src/core/calendar/oslo';
import { newItems, NO_OPTIONS, plannedItems } from '../../../src/core/checklists/person-checklist';
import type { AddressedNotice } from '../../../src/core/notices';
import type { Person } from '../../../src/core/org';
import { teamsPacer } from '../../../src/core/pacing';
import { startBotConnector, type BotConnector } from '../../../src/demo/bot-connector/server';
import { startDemoStack, type DemoStack } from '../../../src/server/demo-stack';
import { createPolicySource } from '../../../src/server/policy-source';
import { seedConversation } from '../../fixtures/reminder-seed';

/** Tuesday 24 November 2026, 09:00 in Oslo: inside the sending hours */
const TUESDAY_9 = Date.parse(osloToUtc('2026-11-24', '09:00'));
const QUARTER = 15 * 60_000;

let connector: BotConnector;
let stack: DemoStack;
/** the clock both instances read: Tuesday 09:00 plus the real time gone (the pacer needs time to pass) */
let shift = 0;
const started = Date.now();
const clock = { now: () => new Date(TUESDAY_9 + shift + (Date.now() - started)) };

beforeAll(async () => {
  connector = await startBotConnector();
  stack = await startDemoStack({
    inMemory: true,
    port: 0,
    today: '2026-11-24',
    clock,
    outboxIntervalMs: null,
    noticeIntervalMs: null,
    reminderIntervalMs: null,
    botServiceUrl: connector.url,
  });
});

afterAll(async () => {
  await stack?.stop();
  await connector?.close();
});

/** pairs of an employee and their leader from the demo municipality, each leader once */
function pairs(people: Person[], count: number): { employee: Person; leaderId: string }[] {
  const seen = new Set<string>();
  const out: { employee: Person; leaderId: string }[] = [];
  for (const p of people) {
    if (!p.managerId || seen.has(p.managerId) || seen.has(p.id)) continue;
    seen.add(p.managerId).add(p.id);
    out.push({ employee: p, leaderId: p.managerId });
    if (out.length === count) break;
  }
  return out;
}

/** what is due on Tuesday morning: every rule at least once */
async function seedTuesday(): Promise<{ recipients: string[] }> {
  const [a, b, c, d] = pairs(stack.municipality.people, 4);
  if (!a || !b || !c || !d) throw new Error('the demo municipality has too few leaders');
  const pair = (p: { employee: Person; leaderId: string }) => ({
    employeeId: p.employee.id,
    conductorId: p.leaderId,
  });
  // Thursday's meeting, nobody has prepared: both are reminded (004: both prepare)
  await seedConversation(stack.store, {
    ...pair(a),
    id: 'c-thursday',
    start: osloToUtc('2026-11-26', '10:00'),
  });
  // held on Friday, the referat still a draft: the leader is reminded (000 2.4)
  await seedConversation(stack.store, {
    ...pair(b),
    id: 'c-friday',
    start: osloToUtc('2026-11-20', '10:00'),
    referat: 'draft',
  });
  // signed in early November, an action of the employee's due Tuesday 1 December (002)
  await seedConversation(stack.store, {
    ...pair(c),
    id: 'c-signed',
    start: osloToUtc('2026-11-02', '10:00'),
    referat: 'signed',
    actions: [{ id: 'a1', deadline: '2026-12-01', responsibleId: c.employee.id }],
  });
  // a hire starting Thursday 10 December: the leader's two-weeks-before items (000 3)
  const at = '2026-11-20T09:00:00.000Z';
  await insertChecklist(
    stack.store,
    {
      ...NO_OPTIONS,
      personId: d.employee.id,
      kind: 'onboarding',
      date: '2026-12-10',
      dateSource: 'directory',
      createdAt: at,
      createdBy: d.leaderId,
      updatedAt: at,
      updatedBy: d.leaderId,
    },
    newItems(plannedItems('onboarding', '2026-12-10', NO_OPTIONS)),
    '2026-11-20',
  );
  const recipients = [a.employee.id, a.leaderId, b.leaderId, c.employee.id, d.leaderId];
  // everyone has Samtale in Teams, so each reminder goes into a chat (none by installing or e-mail)
  for (const userId of recipients)
    await saveChatReference(stack.store, {
      userId,
      conversationId: `a:chat-${userId}`,
      serviceUrl: connector.url,
      tenantId: stack.municipality.tenantId,
      locale: 'nb-NO',
    });
  return { recipients };
}

interface Instance {
  owner: string;
  sweep: SweepDeps;
  delivery: DeliveryDeps;
}

/** what one server process has of its own: its id, Teams client and pacer; the store and Graph are shared */
function instance(owner: string, seenDue: AddressedNotice[]): Instance {
  const record: typeof enqueueNotices = (store, notices, now) => {
    seenDue.push(...notices);
    return enqueueNotices(store, notices, now);
  };
  const client = botApiClient({ serviceUrl: connector.url, token: async () => `token-${owner}` });
  return {
    owner,
    sweep: {
      store: stack.store,
      clock,
      directory: stack.deliveryDeps.directory,
      policyFor: createPolicySource(stack.store),
      enqueue: record,
    },
    delivery: { ...stack.deliveryDeps, messenger: createTeamsMessenger({ client }), pacer: teamsPacer() },
  };
}

/** delivery passes until nothing is pending, as the delivery timer would run them */
async function deliverAll(i: Instance): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await deliverNotices(i.delivery, { owner: i.owner });
    if ((await listPendingNotices(stack.store)).length === 0) return;
    if (Date.now() > deadline) throw new Error('notices still pending after 30 s');
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('reminder sweep and delivery in two instances at once (issue 5: each reminder once)', () => {
  it('stores each due reminder once and sends each once, on a second pass the same day too', async () => {
    const { recipients } = await seedTuesday();
    const seenDue: AddressedNotice[] = [];
    const instances = [instance('instance-a', seenDue), instance('instance-b', seenDue)];
    // Teams stumbles now and then: a 502, then a 412, each retried by whichever instance met it
    connector.injectFailures(502, 1);
    connector.injectFailures(412, 1);

    const sweeps: SweepResult[] = [];
    for (const pass of [0, 1]) {
      shift = pass * QUARTER;
      sweeps.push(...(await Promise.all(instances.map((i) => sweepReminders(i.sweep, { owner: i.owner })))));
      await Promise.all(instances.map(deliverAll));
    }

    // what the rules found due, by key: every rule, to the people seeded for it
    const due = new Map(seenDue.map((n) => [n.key, n]));
    const rules = [...due.values()].map((n) =>
      n.notice.type === 'reminder' ? n.notice.reminder : n.notice.type,
    );
    expect(new Set(rules)).toEqual(
      new Set(['preparation-missing', 'referat-to-approve', 'action-deadline-near', 'checklist-item-due']),
    );
    expect(new Set([...due.values()].map((n) => n.recipientId))).toEqual(new Set(recipients));

    // the sweep: at least one instance swept on each pass, and each key was stored by exactly one of them
    const swept = sweeps.flatMap((s) => (s.status === 'swept' ? [s] : []));
    expect(swept.length).toBeGreaterThanOrEqual(2);
    expect(sweeps.every((s) => s.status === 'swept' || s.status === 'busy')).toBe(true);
    expect(swept.reduce((n, s) => n + s.queued, 0)).toBe(due.size);

    // delivery: each notice recorded sent, each into its person's chat, and the connector took each once
    const sent = connector.activities().filter((a) => !a.update);
    expect(sent).toHaveLength(due.size);
    const activityIds = new Set<string>();
    for (const notice of due.values()) {
      const record = await getNoticeRecord(stack.store, notice.recipientId, notice.key);
      expect(record?.value).toMatchObject({
        status: 'sent',
        chatConversationId: `a:chat-${notice.recipientId}`,
      });
      if (record?.value.activityId) activityIds.add(record.value.activityId);
    }
    expect(activityIds).toEqual(new Set(sent.map((a) => a.activityId)));
    for (const userId of recipients)
      expect(connector.activities(`a:chat-${userId}`)).toHaveLength(
        [...due.values()].filter((n) => n.recipientId === userId).length,
      );
    // the injected failures were met and retried, not lost (and nothing went by e-mail)
    expect(connector.stats().failed).toBe(2);
    expect(await listPendingNotices(stack.store)).toEqual([]);
  });
});
