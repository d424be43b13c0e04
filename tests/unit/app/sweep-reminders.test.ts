// The reminder sweep end to end on the memory store: what it stores for delivery on a Tuesday morning,
// that a second sweep stores nothing again, and the lease that keeps two instances from sweeping at once.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { insertChecklist } from '../../../src/app/checklists-repo';
import { enqueueNotices, listPendingNotices } from '../../../src/app/notice-outbox';
import { getReferat, saveReferat } from '../../../src/app/referats-repo';
import { SWEEP_LEASE, sweepReminders, type SweepDeps } from '../../../src/app/sweep-reminders';
import { takeLease } from '../../../src/app/sweep-lease';
import { osloToUtc } from '../../../src/core/calendar/oslo';
import { newItems, NO_OPTIONS, plannedItems } from '../../../src/core/checklists/person-checklist';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import type { Directory, DirectoryPerson } from '../../../src/ports/directory';
import type { Store } from '../../../src/ports/store';
import { seedConversation } from '../../fixtures/reminder-seed';

const EMPLOYEE = '11111111-1111-4111-8111-111111111111';
const LEADER = '22222222-2222-4222-8222-222222222222';
const HIRE = '44444444-4444-4444-8444-444444444444';
const HIRES_LEADER = '66666666-6666-4666-8666-666666666666';

const directory: Directory = {
  async getPerson() {
    return null;
  },
  async getManager(id) {
    return id === HIRE ? ({ id: HIRES_LEADER } as DirectoryPerson) : null;
  },
  async listDirectReports() {
    return [];
  },
  async listPeople() {
    return [];
  },
};

/** Tuesday 24 November 2026, 09:00 Oslo */
const TUESDAY = osloToUtc('2026-11-24', '09:00');

async function municipality(): Promise<Store> {
  const store = createMemoryStore();
  const people = { employeeId: EMPLOYEE, conductorId: LEADER };
  // Thursday's meeting: the employee has prepared, the leader has not
  await seedConversation(store, {
    ...people,
    id: 'c-prep',
    start: osloToUtc('2026-11-26', '10:00'),
    prepared: { employee: true },
  });
  await seedConversation(store, {
    ...people,
    id: 'c-cancelled',
    start: osloToUtc('2026-11-26', '12:00'),
    status: 'cancelled',
  });
  // Friday's meeting: the leader's referat is a draft (Friday + 3 is Monday; Tuesday still finds it)
  await seedConversation(store, {
    ...people,
    id: 'c-draft',
    start: osloToUtc('2026-11-20', '10:00'),
    referat: 'draft',
    actions: [{ id: 'x', deadline: '2027-01-15', responsibleId: EMPLOYEE }],
  });
  // the leader approved on Friday 20 November: the employee's turn on Monday 23
  await seedConversation(store, {
    ...people,
    id: 'c-leader-signed',
    start: osloToUtc('2026-11-16', '10:00'),
    referat: 'leader-approved',
    approvedAt: osloToUtc('2026-11-20', '14:00'),
    actions: [{ id: 'y', deadline: '2027-02-01', responsibleId: EMPLOYEE }],
  });
  // a plan signed in early November: a1 due Tuesday 1 December (a week ahead), a2 done, a3 in March
  await seedConversation(store, {
    ...people,
    id: 'c-signed',
    start: osloToUtc('2026-11-02', '10:00'),
    referat: 'signed',
    actions: [
      { id: 'a1', deadline: '2026-12-01', responsibleId: EMPLOYEE },
      { id: 'a2', deadline: '2026-12-01', responsibleId: EMPLOYEE, done: true },
      { id: 'a3', deadline: '2027-03-01', responsibleId: LEADER },
    ],
  });
  // a hire starting Thursday 10 December: the two-weeks-before items are due Thursday 26 November
  const now = '2026-11-20T09:00:00.000Z';
  await insertChecklist(
    store,
    {
      ...NO_OPTIONS,
      personId: HIRE,
      kind: 'onboarding',
      date: '2026-12-10',
      dateSource: 'directory',
      createdAt: now,
      createdBy: HIRES_LEADER,
      updatedAt: now,
      updatedBy: HIRES_LEADER,
    },
    newItems(plannedItems('onboarding', '2026-12-10', NO_OPTIONS)),
    '2026-11-20',
  );
  return store;
}

function deps(store: Store, at = TUESDAY, more: Partial<SweepDeps> = {}): SweepDeps {
  return {
    store,
    clock: { now: () => new Date(at) },
    directory,
    policyFor: async () => DEFAULT_POLICY,
    ...more,
  };
}

async function pending(store: Store) {
  return (await listPendingNotices(store)).map((row) => {
    const { notice, recipientId } = row.value;
    const about = 'conversationId' in notice ? notice.conversationId : `${notice.personId}/${notice.itemId}`;
    const what = notice.type === 'reminder' ? notice.reminder : notice.type;
    const action =
      notice.type === 'reminder' && notice.reminder === 'action-deadline-near' ? `#${notice.actionId}` : '';
    return `${what} ${about}${action} -> ${recipientId}`;
  });
}

describe('the reminder sweep', () => {
  it('stores what is due on Tuesday morning for delivery, and nothing for a cancelled meeting', async () => {
    const store = await municipality();
    const result = await sweepReminders(deps(store), { owner: 'instance-a' });
    expect(result.status).toBe('swept');
    const found = await pending(store);
    expect(found.filter((f) => !f.startsWith('checklist')).sort()).toEqual(
      [
        `action-deadline-near c-signed#a1 -> ${EMPLOYEE}`,
        `preparation-missing c-prep -> ${LEADER}`,
        `referat-to-approve c-draft -> ${LEADER}`,
        `referat-to-approve c-leader-signed -> ${EMPLOYEE}`,
      ].sort(),
    );
    const checklist = found.filter((f) => f.startsWith('checklist'));
    expect(checklist.length).toBeGreaterThan(0);
    expect(checklist).toContain(`checklist-item-due ${HIRE}/offer-letter -> ${HIRES_LEADER}`);
    expect(checklist.every((f) => f.endsWith(HIRES_LEADER))).toBe(true);
    if (result.status !== 'swept') return;
    expect(result.queued).toBe(found.length);
    expect(result.byRule).toMatchObject({
      'preparation-missing': 1,
      'referat-to-approve': 2,
      'action-deadline-near': 1,
    });
  });

  it('reminds again when a signed referat is changed afterwards, also in a process that swept it before', async () => {
    const store = createMemoryStore();
    const people = { employeeId: EMPLOYEE, conductorId: LEADER };
    // held Friday 20 November and signed by both on the Saturday: nothing to remind on Tuesday
    await seedConversation(store, {
      ...people,
      id: 'c-edited',
      start: osloToUtc('2026-11-20', '10:00'),
      referat: 'signed',
      approvedAt: osloToUtc('2026-11-21', '10:00'),
    });
    expect(await sweepReminders(deps(store), { owner: 'instance-a' })).toMatchObject({ due: 0 });
    // the leader edits the text: both approvals were given for other content and no longer count
    const stored = await getReferat(store, 'c-edited');
    if (!stored) throw new Error('seeded referat missing');
    await saveReferat(
      store,
      { ...stored.value, noSpecialActions: !stored.value.noSpecialActions },
      stored.etag,
    );
    const later = osloToUtc('2026-11-24', '09:15');
    await sweepReminders(deps(store, later), { owner: 'instance-a' });
    expect(await pending(store)).toEqual([`referat-to-approve c-edited -> ${LEADER}`]);
  });

  it('stores nothing twice: the next sweep finds every key stored already', async () => {
    const store = await municipality();
    const first = await sweepReminders(deps(store), { owner: 'instance-a' });
    const later = osloToUtc('2026-11-24', '09:15');
    const second = await sweepReminders(deps(store, later), { owner: 'instance-b' });
    expect(second).toMatchObject({ status: 'swept', queued: 0 });
    if (first.status === 'swept' && second.status === 'swept') expect(second.known).toBe(first.queued);
  });

  it('leaves the sweep to the instance holding the lease, and takes over a crashed holder`s lease once it runs out', async () => {
    const store = await municipality();
    await takeLease(store, SWEEP_LEASE, 'instance-a', new Date(TUESDAY), 5 * 60_000);
    expect(await sweepReminders(deps(store), { owner: 'instance-b' })).toEqual({ status: 'busy' });
    expect(await pending(store)).toEqual([]);
    const afterExpiry = new Date(Date.parse(TUESDAY) + 5 * 60_000).toISOString();
    expect((await sweepReminders(deps(store, afterExpiry), { owner: 'instance-b' })).status).toBe('swept');
  });

  it('gives the lease back when done, so another instance may sweep at once', async () => {
    const store = await municipality();
    await sweepReminders(deps(store), { owner: 'instance-a' });
    expect((await sweepReminders(deps(store), { owner: 'instance-b' })).status).toBe('swept');
  });

  it('reads nothing outside the sending hours (22:00)', async () => {
    const store = await municipality();
    let calls = 0;
    const counting = new Proxy(store, {
      get:
        (target, name: keyof Store) =>
        (...args: never[]) => {
          calls += 1;
          return (target[name] as (...a: never[]) => unknown)(...args);
        },
    });
    const night = osloToUtc('2026-11-24', '22:00');
    expect(await sweepReminders(deps(counting, night), { owner: 'a' })).toEqual({ status: 'quiet' });
    expect(calls).toBe(0);
  });

  it('stops when another instance took over its lease mid-sweep, keeping what it stored', async () => {
    const store = await municipality();
    let t = Date.parse(TUESDAY);
    const clock = { now: () => new Date((t += 20_000)) }; // each look at the clock is 20 s later
    let stolen = false;
    const stealing: typeof enqueueNotices = async (s, notices, now) => {
      const result = await enqueueNotices(s, notices, now);
      if (!stolen) {
        stolen = true;
        await s.put('leases', 'lease', SWEEP_LEASE, {
          owner: 'instance-b',
          until: '2026-11-24T09:00:00Z',
          takenAt: now.toISOString(),
        });
      }
      return result;
    };
    const result = await sweepReminders(deps(store, TUESDAY, { clock, enqueue: stealing }), {
      owner: 'instance-a',
      leaseMs: 60_000,
    });
    expect(result.status).toBe('lease-lost');
    expect((await pending(store)).length).toBeGreaterThan(0);
  });
});
