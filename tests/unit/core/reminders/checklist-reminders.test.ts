// Checklist items of new hires and leavers (000 3-5): two working days before the deadline, to the leader
// unless the item names someone else.
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../../src/core/calendar/days';
import { osloToUtc } from '../../../../src/core/calendar/oslo';
import type { Person } from '../../../../src/core/org';
import { DEFAULT_POLICY } from '../../../../src/core/policy/defaults';
import { computedChecklistItems } from '../../../../src/core/reminders/checklist-reminders';
import { dueReminders } from '../../../../src/core/reminders/due-reminders';
import type { DueReminder } from '../../../../src/core/reminders/rules';
import { isSendingTime } from '../../../../src/core/reminders/sending-time';
import type { ReminderChecklistItem } from '../../../../src/core/reminders/state';

const HIRE = '44444444-4444-4444-8444-444444444444';
const LEADER = '22222222-2222-4222-8222-222222222222';
const MENTOR = '55555555-5555-4555-8555-555555555555';

function person(more: Partial<Person>): Person {
  return {
    id: HIRE,
    employeeNumber: '2042',
    givenName: 'Nora',
    surname: 'Ny',
    displayName: 'Nora Ny',
    mail: 'nora@fjordvik.no',
    jobTitle: 'Sykepleier',
    unitId: 'u1',
    managerId: LEADER,
    positionPercent: 100,
    employmentType: 'permanent',
    startDate: '2026-11-30',
    endDate: null,
    preferredLanguage: 'nb',
    roles: ['employee'],
    ...more,
  };
}

const deadlineOf = (found: DueReminder) => {
  const notice = found.addressed.notice;
  return notice.type === 'reminder' && notice.reminder === 'checklist-item-due' ? notice.due : null;
};

function due(date: string, items: ReminderChecklistItem[], time = '09:00') {
  return dueReminders({
    now: osloToUtc(date, time),
    state: { conversations: [], checklistItems: items },
    sendingHours: DEFAULT_POLICY.workingHours,
  });
}

describe('checklist item due (000 3-5)', () => {
  it('a hire starting Monday 30 November: the two-weeks-before items go to the leader on Thursday 12 November', () => {
    const items = computedChecklistItems([person({})], dayOf('2026-11-12'));
    const found = due('2026-11-12', items);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.addressed.recipientId))).toEqual(new Set([LEADER]));
    expect(new Set(found.map(deadlineOf))).toEqual(new Set(['2026-11-16']));
    expect(found.map((f) => f.addressed.notice)).toContainEqual({
      type: 'reminder',
      reminder: 'checklist-item-due',
      personId: HIRE,
      itemId: 'offer-letter',
      due: '2026-11-16',
    });
    expect(due('2026-11-11', computedChecklistItems([person({})], dayOf('2026-11-11')))).toEqual([]);
  });

  it('over Easter: start 16 April 2026, -14 is skjærtorsdag, the deadline is 1 April, the reminder Monday 30 March', () => {
    const items = computedChecklistItems([person({ startDate: '2026-04-16' })], dayOf('2026-03-30'));
    const found = due('2026-03-30', items);
    expect(found.map((f) => f.dueOn)).toContain('2026-03-30');
    expect(new Set(found.map(deadlineOf))).toEqual(new Set(['2026-04-01']));
  });

  it('a leaver: the exit items before the last day go to the leader', () => {
    const leaver = person({ startDate: '2019-08-01', endDate: '2026-12-31' });
    const items = computedChecklistItems([leaver], dayOf('2026-12-28'));
    expect(items.length).toBeGreaterThan(0);
    expect(due('2026-12-29', items).every((f) => f.addressed.recipientId === LEADER)).toBe(true);
    expect(due('2026-12-29', items).length).toBeGreaterThan(0);
  });

  it('goes to the person an item names, skips a done item and one with nobody to tell', () => {
    const item: ReminderChecklistItem = {
      personId: HIRE,
      itemId: 'buddy-lunch',
      deadline: '2026-12-04',
      responsible: 'mentor',
      assigneeId: MENTOR,
      leaderId: LEADER,
      done: false,
    };
    expect(due('2026-12-02', [item]).map((f) => f.addressed.recipientId)).toEqual([MENTOR]);
    expect(due('2026-12-02', [{ ...item, done: true }])).toEqual([]);
    expect(due('2026-12-02', [{ ...item, assigneeId: null, leaderId: null }])).toEqual([]);
    expect(due('2026-12-01', [item])).toEqual([]);
    expect(due('2026-12-07', [item])).toEqual([]);
  });

  it('lists the same item once when it comes twice', () => {
    const item: ReminderChecklistItem = {
      personId: HIRE,
      itemId: 'workplace',
      deadline: '2026-11-23',
      responsible: 'leader',
      assigneeId: null,
      leaderId: LEADER,
      done: false,
    };
    expect(due('2026-11-19', [item, { ...item }])).toHaveLength(1);
  });

  it('leaves out people whose start or last day is far away', () => {
    expect(computedChecklistItems([person({ startDate: '2027-03-01' })], dayOf('2026-11-12'))).toEqual([]);
    expect(computedChecklistItems([person({ startDate: '2020-01-06' })], dayOf('2026-11-12'))).toEqual([]);
  });
});

describe('sending hours (the policy working hours, Oslo time, working days)', () => {
  const hours = DEFAULT_POLICY.workingHours;
  it('sends from 08:00 to 15:30 Oslo on working days, in winter and summer time', () => {
    expect(isSendingTime('2026-11-23T07:00:00Z', hours)).toBe(true); // 08:00 +01:00
    expect(isSendingTime('2026-11-23T06:59:00Z', hours)).toBe(false);
    expect(isSendingTime('2026-06-22T06:00:00Z', hours)).toBe(true); // 08:00 +02:00
    expect(isSendingTime('2026-06-22T13:30:00Z', hours)).toBe(false); // 15:30
  });
  it('sends nothing on a weekend or a public holiday', () => {
    expect(isSendingTime('2026-11-21T10:00:00Z', hours)).toBe(false); // Saturday
    expect(isSendingTime('2027-01-01T10:00:00Z', hours)).toBe(false); // Friday, New Year's Day
    expect(isSendingTime('2026-05-14T10:00:00Z', hours)).toBe(false); // Kristi himmelfartsdag
  });
});
