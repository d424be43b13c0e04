// Worked examples for the conversation reminders of DESIGN §2.8, in Oslo time (vitest runs in
// Europe/Oslo; the instants are written in UTC as the store keeps them).
import { describe, expect, it } from 'vitest';
import { osloToUtc } from '../../../../src/core/calendar/oslo';
import { DEFAULT_POLICY } from '../../../../src/core/policy/defaults';
import { dueReminders } from '../../../../src/core/reminders/due-reminders';
import type { ReminderConversation, ReminderReferat } from '../../../../src/core/reminders/state';

const EMPLOYEE = '11111111-1111-4111-8111-111111111111';
const LEADER = '22222222-2222-4222-8222-222222222222';
const OUTSIDER = '33333333-3333-4333-8333-333333333333';
const PREPARED = { employee: '2026-11-10T09:00:00Z', leader: '2026-11-11T09:00:00Z' };

function conversation(
  startOslo: [string, string],
  more: Partial<ReminderConversation> = {},
): ReminderConversation {
  const start = osloToUtc(startOslo[0], startOslo[1]);
  return {
    id: 'c-1',
    kind: 'annual',
    employeeId: EMPLOYEE,
    conductorId: LEADER,
    status: 'booked',
    start,
    end: new Date(Date.parse(start) + 3_600_000).toISOString(),
    bookedAt: '2026-11-02T09:00:00Z',
    preparations: { employee: null, leader: null },
    referat: null,
    ...more,
  };
}

/** what the sweep at this Oslo wall-clock time finds: recipient, rule, due day and key */
function at(date: string, time: string, conversations: ReminderConversation[]) {
  return dueReminders({
    now: osloToUtc(date, time),
    state: { conversations, checklistItems: [] },
    sendingHours: DEFAULT_POLICY.workingHours,
  }).map((d) => ({ to: d.addressed.recipientId, rule: d.rule, dueOn: d.dueOn, key: d.addressed.key }));
}

const recipients = (found: { to: string }[]) => found.map((f) => f.to).sort();

describe('preparation missing, two days before the meeting (DESIGN §2.8)', () => {
  // Thursday 26 November 2026 10:00 Oslo
  const thursday = conversation(['2026-11-26', '10:00']);

  it('reminds both sides on the Tuesday, and neither on the Monday', () => {
    expect(at('2026-11-23', '12:00', [thursday])).toEqual([]);
    const found = at('2026-11-24', '08:00', [thursday]);
    expect(recipients(found)).toEqual([EMPLOYEE, LEADER].sort());
    expect(found.every((f) => f.rule === 'preparation-missing' && f.dueOn === '2026-11-24')).toBe(true);
  });

  it('reminds only the side that has not submitted', () => {
    const submitted = { ...thursday, preparations: { employee: '2026-11-20T10:00:00Z', leader: null } };
    expect(recipients(at('2026-11-24', '09:00', [submitted]))).toEqual([LEADER]);
  });

  it('keeps the same key until the meeting, so a later sweep finds it sent; nothing once it has started', () => {
    const tuesday = at('2026-11-24', '09:00', [thursday]).map((f) => f.key);
    const wednesday = at('2026-11-25', '14:00', [thursday]).map((f) => f.key);
    expect(wednesday).toEqual(tuesday);
    expect(at('2026-11-26', '09:59', [thursday])).toHaveLength(2);
    expect(at('2026-11-26', '10:00', [thursday])).toEqual([]);
  });

  it('reminds again for a meeting moved to another day (the key holds the meeting day)', () => {
    const moved = conversation(['2026-11-27', '10:00']);
    const before = at('2026-11-25', '09:00', [thursday]).map((f) => f.key);
    const after = at('2026-11-25', '09:00', [moved]).map((f) => f.key);
    expect(after).toHaveLength(2);
    expect(after.some((k) => before.includes(k))).toBe(false);
  });

  it('sends nothing before 08:00 or after working hours: the morning sweep sends it', () => {
    expect(at('2026-11-24', '07:59', [thursday])).toEqual([]);
    expect(at('2026-11-24', '15:30', [thursday])).toEqual([]);
  });

  it('reminds a Monday meeting on the Friday before, not on the weekend', () => {
    const monday = conversation(['2026-11-30', '10:00']);
    expect(at('2026-11-26', '10:00', [monday])).toEqual([]);
    expect(at('2026-11-27', '08:00', [monday]).map((f) => f.dueOn)).toEqual(['2026-11-27', '2026-11-27']);
    expect(at('2026-11-28', '10:00', [monday])).toEqual([]); // Saturday: nothing goes out
    // missed on Friday (server down): Monday morning, before the meeting, still sends it, with the same key
    expect(at('2026-11-30', '08:15', [monday]).map((f) => f.key)).toEqual(
      at('2026-11-27', '08:00', [monday]).map((f) => f.key),
    );
  });

  it('in the week summer time starts: a Tuesday 31 March meeting is reminded Friday 27 March from 08:00 Oslo', () => {
    const tuesday = conversation(['2026-03-31', '09:00'], { bookedAt: '2026-03-10T09:00:00Z' });
    expect(tuesday.start).toBe('2026-03-31T07:00:00Z'); // summer time: +02:00
    const now = (instant: string) =>
      dueReminders({
        now: instant,
        state: { conversations: [tuesday], checklistItems: [] },
        sendingHours: DEFAULT_POLICY.workingHours,
      });
    expect(now('2026-03-27T06:59:00Z')).toEqual([]); // 07:59 in winter time
    expect(now('2026-03-27T07:00:00Z')).toHaveLength(2); // 08:00
  });

  it('over Easter: a Tuesday after Easter is reminded on the Wednesday before skjærtorsdag', () => {
    const afterEaster = conversation(['2026-04-07', '09:00'], { bookedAt: '2026-03-16T09:00:00Z' });
    expect(at('2026-03-31', '12:00', [afterEaster])).toEqual([]);
    expect(at('2026-04-01', '12:00', [afterEaster]).map((f) => f.dueOn)).toEqual([
      '2026-04-01',
      '2026-04-01',
    ]);
    expect(at('2026-04-02', '12:00', [afterEaster])).toEqual([]); // skjærtorsdag: a holiday
  });

  it('sends nothing for a cancelled conversation or a meeting Outlook has not confirmed', () => {
    expect(at('2026-11-24', '09:00', [{ ...thursday, status: 'cancelled' }])).toEqual([]);
    expect(at('2026-11-24', '09:00', [{ ...thursday, status: 'booking' }])).toEqual([]);
  });

  it('sends nothing for a meeting booked on or after its reminder day: the invitation asks already', () => {
    const late = { ...thursday, bookedAt: osloToUtc('2026-11-24', '07:30') };
    expect(at('2026-11-24', '09:00', [late])).toEqual([]);
  });
});

describe('referat unsigned, three days after the meeting (DESIGN §2.8; 000 2.4: both sign)', () => {
  // Monday 16 November 2026
  const held = (referat: ReminderReferat | null) =>
    conversation(['2026-11-16', '10:00'], { referat, preparations: PREPARED });
  const unsigned: ReminderReferat = {
    heldOn: null,
    leaderApprovedAt: null,
    employeeApprovedAt: null,
    actions: [],
  };

  it('reminds the leader on Thursday when the leader has not approved (or not even opened it)', () => {
    for (const referat of [unsigned, null]) {
      expect(at('2026-11-18', '12:00', [held(referat)])).toEqual([]);
      const found = at('2026-11-19', '08:00', [held(referat)]);
      expect(found.map((f) => [f.to, f.rule, f.dueOn])).toEqual([
        [LEADER, 'referat-to-approve', '2026-11-19'],
      ]);
    }
  });

  it('repeats weekly while unsigned, four times at most, one at a time', () => {
    const keys = ['2026-11-19', '2026-11-26', '2026-12-03', '2026-12-10'].map(
      (day) => at(day, '09:00', [held(unsigned)])[0]?.key,
    );
    expect(new Set(keys).size).toBe(4);
    // a sweep in between finds the latest one, already sent: the same key
    expect(at('2026-12-09', '09:00', [held(unsigned)])[0]?.key).toBe(keys[2]);
    expect(at('2026-12-16', '09:00', [held(unsigned)])[0]?.key).toBe(keys[3]);
    expect(at('2026-12-17', '09:00', [held(unsigned)])).toEqual([]);
  });

  it('reminds the employee once the leader has approved: three days after the approval, not the leader', () => {
    const leaderSigned = { ...unsigned, leaderApprovedAt: osloToUtc('2026-11-20', '14:00') };
    expect(at('2026-11-20', '15:00', [held(leaderSigned)])).toEqual([]);
    // Friday + 3 is Monday 23 November
    expect(at('2026-11-23', '08:00', [held(leaderSigned)]).map((f) => [f.to, f.dueOn])).toEqual([
      [EMPLOYEE, '2026-11-23'],
    ]);
  });

  it('reminds nobody once both have signed', () => {
    const signed = {
      ...unsigned,
      leaderApprovedAt: '2026-11-17T09:00:00Z',
      employeeApprovedAt: '2026-11-18T09:00:00Z',
    };
    expect(at('2026-11-19', '09:00', [held(signed)])).toEqual([]);
  });

  it('moves a reminder that falls on a weekend to the Monday', () => {
    const wednesday = conversation(['2026-11-18', '10:00'], { referat: unsigned, preparations: PREPARED });
    expect(at('2026-11-23', '08:00', [wednesday]).map((f) => f.dueOn)).toEqual(['2026-11-23']);
  });

  it('looks back 90 days: an older unsigned referat is left to the leader overview', () => {
    const leaderLate = { ...unsigned, leaderApprovedAt: osloToUtc('2027-02-15', '10:00') };
    expect(at('2027-02-18', '09:00', [held(leaderLate)])).toEqual([]);
  });
});

describe('action deadline near, a week before (DESIGN §2.8; 002 3: deadlines and who does what)', () => {
  const signed = (actions: ReminderReferat['actions']) =>
    conversation(['2026-11-16', '10:00'], {
      preparations: PREPARED,
      referat: {
        heldOn: '2026-11-16',
        leaderApprovedAt: '2026-11-17T09:00:00Z',
        employeeApprovedAt: '2026-11-18T09:00:00Z',
        actions,
      },
    });
  const course = { id: 'a1', responsibleId: EMPLOYEE, deadline: '2026-12-04', done: false };

  it('reminds who carries it from a week before until the deadline, with one key', () => {
    expect(at('2026-11-26', '12:00', [signed([course])])).toEqual([]);
    const friday = at('2026-11-27', '08:00', [signed([course])]);
    expect(friday.map((f) => [f.to, f.rule, f.dueOn])).toEqual([
      [EMPLOYEE, 'action-deadline-near', '2026-11-27'],
    ]);
    expect(at('2026-12-04', '12:00', [signed([course])]).map((f) => f.key)).toEqual(friday.map((f) => f.key));
    expect(at('2026-12-07', '12:00', [signed([course])])).toEqual([]);
  });

  it('sends nothing for an action ticked off', () => {
    expect(at('2026-11-27', '09:00', [signed([{ ...course, done: true }])])).toEqual([]);
  });

  it('reminds the conductor of an action carried outside the conversation (DESIGN §6: the plan stays between the two)', () => {
    const outside = [
      { ...course, id: 'a2', responsibleId: OUTSIDER },
      { ...course, id: 'a3', responsibleId: null },
      { ...course, id: 'a4', responsibleId: LEADER },
    ];
    expect(recipients(at('2026-11-27', '09:00', [signed(outside)]))).toEqual([LEADER, LEADER, LEADER]);
  });

  it('moves a reminder from a weekend to the Friday before', () => {
    const monday = { ...course, deadline: '2026-12-14' }; // -7 is Monday 7 Dec; Sunday deadline 13 Dec → Friday 4 Dec
    expect(at('2026-12-07', '09:00', [signed([monday])]).map((f) => f.dueOn)).toEqual(['2026-12-07']);
    const sunday = { ...course, deadline: '2026-12-13' };
    expect(at('2026-12-04', '09:00', [signed([sunday])]).map((f) => f.dueOn)).toEqual(['2026-12-04']);
  });

  it('waits for both signatures, and skips a deadline that was already near when the plan was signed', () => {
    const plan = signed([course]);
    const leaderOnly = { ...plan, referat: { ...plan.referat!, employeeApprovedAt: null } };
    expect(at('2026-11-27', '09:00', [leaderOnly]).filter((f) => f.rule === 'action-deadline-near')).toEqual(
      [],
    );
    const soon = { ...course, deadline: '2026-11-24' }; // reminder day 17 Nov, signed 18 Nov
    expect(at('2026-11-23', '09:00', [signed([soon])])).toEqual([]);
  });
});
