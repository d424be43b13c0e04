// The rules of a person's stored checklist (000 3-5): when it appears by itself, how a new plan merges with
// what was done, and how far it has come.
import { describe, expect, it } from 'vitest';
import {
  checklistProgress,
  mayStart,
  mentorMissing,
  newItems,
  NO_OPTIONS,
  opensByItself,
  plannedItems,
  replan,
} from '../../../../src/core/checklists/person-checklist';

const DONE = { by: '00000000-0000-4000-8000-000000000001', byName: 'Kari', at: '2026-11-20T10:00:00.000Z' };

describe('when a list appears by itself', () => {
  it('000 3: an onboarding list from two weeks before the start ("- 2 uker") to two weeks after (1.-2. uke)', () => {
    expect(opensByItself('onboarding', '2026-12-03', '2026-11-18')).toBe(false);
    expect(opensByItself('onboarding', '2026-12-03', '2026-11-19')).toBe(true);
    expect(opensByItself('onboarding', '2026-12-03', '2026-12-17')).toBe(true);
    expect(opensByItself('onboarding', '2026-12-03', '2026-12-18')).toBe(false);
  });

  it('000 5: an exit list from three months before the last day (aml. § 15-3 notice), until the last day', () => {
    expect(opensByItself('exit', '2026-12-31', '2026-09-29')).toBe(false);
    expect(opensByItself('exit', '2026-12-31', '2026-09-30')).toBe(true);
    expect(opensByItself('exit', '2026-12-31', '2026-12-31')).toBe(true);
    expect(opensByItself('exit', '2026-12-31', '2027-01-01')).toBe(false);
  });

  it('a leader may start one by hand long before the start, and during probation (aml. § 15-6: 6 months)', () => {
    expect(mayStart('onboarding', '2027-03-01', '2026-11-23')).toBe(true);
    expect(mayStart('onboarding', '2026-06-01', '2026-11-23')).toBe(true);
    expect(mayStart('onboarding', '2026-01-01', '2026-11-23')).toBe(false);
    expect(mayStart('exit', '2026-11-22', '2026-11-23')).toBe(false);
  });
});

describe('planning and re-planning', () => {
  it('the new-leader variant adds the meeting with the head of HR (000 4), and taking it away removes it', () => {
    const plain = plannedItems('onboarding', '2026-12-03', NO_OPTIONS);
    const leader = plannedItems('onboarding', '2026-12-03', { ...NO_OPTIONS, newLeader: true });
    expect(plain.some((i) => i.id === 'meet-hr')).toBe(false);
    const change = replan(newItems(plain), leader);
    expect(change.added.map((i) => i.id)).toEqual(['meet-hr']);
    expect(replan(newItems(leader), plain).removed).toEqual(['meet-hr']);
  });

  it('a done item stays when it no longer applies: it happened', () => {
    const leader = newItems(plannedItems('onboarding', '2026-12-03', { ...NO_OPTIONS, newLeader: true }));
    const done = leader.map((i) => (i.id === 'meet-hr' ? { ...i, done: DONE } : i));
    expect(replan(done, plannedItems('onboarding', '2026-12-03', NO_OPTIONS)).removed).toEqual([]);
  });

  it('naming a mentor hands the items a mentor may take to the mentor, except those already done (000 2)', () => {
    const current = newItems(plannedItems('onboarding', '2026-12-03', NO_OPTIONS)).map((i) =>
      i.id === 'present-unit' ? { ...i, done: DONE } : i,
    );
    const mentor = { id: '00000000-0000-4000-8000-000000000002', displayName: 'Ola' };
    const change = replan(current, plannedItems('onboarding', '2026-12-03', { ...NO_OPTIONS, mentor }));
    expect(change.changed.length).toBeGreaterThan(0);
    expect(change.changed.every((i) => i.responsible === 'mentor')).toBe(true);
    expect(change.changed.some((i) => i.id === 'present-unit')).toBe(false);
  });

  it('a later last day moves the undone deadlines and keeps the done ones (weekends moved back, 000 5)', () => {
    const current = newItems(plannedItems('exit', '2026-12-31', NO_OPTIONS)).map((i, n) =>
      n === 0 ? { ...i, done: DONE } : i,
    );
    const change = replan(current, plannedItems('exit', '2027-01-29', NO_OPTIONS));
    const first = current[0]!;
    expect(change.changed.find((i) => i.id === first.id)).toBeUndefined();
    // the last day itself: Friday 29 January 2027
    expect(change.changed.find((i) => i.deadline === '2027-01-29')).toBeDefined();
  });
});

describe('progress', () => {
  it('counts done, total and overdue, and names the next deadline of an undone item', () => {
    const items = newItems(plannedItems('exit', '2026-12-31', NO_OPTIONS));
    const withOneDone = items.map((i, n) => (n === 0 ? { ...i, done: DONE } : i));
    const progress = checklistProgress(withOneDone, '2026-12-20');
    expect(progress.done).toBe(1);
    expect(progress.total).toBe(items.length);
    expect(progress.overdue).toBe(items.filter((i, n) => n > 0 && i.deadline < '2026-12-20').length);
    expect(progress.overdue).toBeGreaterThan(0);
    expect(progress.nextDeadline).toBe(withOneDone.filter((i) => !i.done)[0]!.deadline);
    const all = checklistProgress(
      items.map((i) => ({ ...i, done: DONE })),
      '2026-12-20',
    );
    expect(all).toEqual({ done: items.length, total: items.length, overdue: 0, nextDeadline: null });
  });

  it('000 3 / SFS 2213: a newly qualified teacher without a mentor is flagged', () => {
    expect(mentorMissing({ ...NO_OPTIONS, newlyQualifiedTeacher: true })).toBe(true);
    expect(
      mentorMissing({
        ...NO_OPTIONS,
        newlyQualifiedTeacher: true,
        mentor: { id: '00000000-0000-4000-8000-000000000002', displayName: 'Ola' },
      }),
    ).toBe(false);
    expect(mentorMissing(NO_OPTIONS)).toBe(false);
  });
});
