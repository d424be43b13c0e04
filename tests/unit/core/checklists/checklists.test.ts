import { describe, expect, it } from 'vitest';
import { exitChecklist, onboardingChecklist } from '../../../../src/core/checklists/build';
import type { ChecklistItem } from '../../../../src/core/checklists/types';

const deadlineOf = (items: ChecklistItem[], id: string) => items.find((i) => i.id === id)?.deadline;

describe('onboarding checklist (000 sections 3 and 4)', () => {
  it('000 3: "-2 uker" and "-1 uke" before an ordinary Monday start', () => {
    const items = onboardingChecklist({ startDate: '2026-11-23' });
    expect(deadlineOf(items, 'offer-letter')).toBe('2026-11-09');
    expect(deadlineOf(items, 'prepare-workplace')).toBe('2026-11-16');
    // 000 4: "1. dag" and "I løpet av 1. uke"
    expect(deadlineOf(items, 'welcome-meeting')).toBe('2026-11-23');
    expect(deadlineOf(items, 'main-tasks')).toBe('2026-11-27');
  });

  it('Easter 2026: two weeks before Thursday 16 April is skjærtorsdag, so the work is due Wednesday 1 April', () => {
    const items = onboardingChecklist({ startDate: '2026-04-16' });
    expect(deadlineOf(items, 'offer-letter')).toBe('2026-04-01');
    expect(deadlineOf(items, 'flowers')).toBe('2026-04-09');
  });

  it('17 May 2027 (a Monday): two weeks before a start on 31 May moves to Friday 14 May', () => {
    expect(deadlineOf(onboardingChecklist({ startDate: '2027-05-31' }), 'training-plan')).toBe('2027-05-14');
  });

  it('a start on 2. påskedag makes the next day "1. dag"; week 1 keeps five working days across Easter', () => {
    expect(deadlineOf(onboardingChecklist({ startDate: '2026-04-06' }), 'payroll-start')).toBe('2026-04-07');
    expect(deadlineOf(onboardingChecklist({ startDate: '2026-03-30' }), 'first-tasks')).toBe('2026-04-08');
  });

  it('000 2: a named fadder takes the practical introductions; without one the leader does', () => {
    const withMentor = onboardingChecklist({ startDate: '2026-11-23', mentor: true });
    const without = onboardingChecklist({ startDate: '2026-11-23' });
    expect(withMentor.find((i) => i.id === 'inform-practical')?.responsible).toBe('mentor');
    expect(without.find((i) => i.id === 'inform-practical')?.responsible).toBe('leader');
    expect(withMentor.find((i) => i.id === 'confidentiality')?.responsible).toBe('leader');
  });

  it('000 4: the meeting with the head of HR is for new leaders only', () => {
    expect(onboardingChecklist({ startDate: '2026-11-23' }).some((i) => i.id === 'meet-hr')).toBe(false);
    const leader = onboardingChecklist({ startDate: '2026-11-23', newLeader: true });
    expect(leader.find((i) => i.id === 'meet-hr')).toMatchObject({
      responsible: 'hr',
      deadline: '2026-11-27',
    });
  });

  it('has every item of the seed, each in bokmål, nynorsk and English, in deadline order', () => {
    const items = onboardingChecklist({ startDate: '2026-11-23', newLeader: true });
    expect(items).toHaveLength(9 + 25);
    for (const item of items) {
      expect(item.text.nb && item.text.nn && item.text.en, item.id).toBeTruthy();
    }
    expect(items.map((i) => i.deadline)).toEqual([...items.map((i) => i.deadline)].sort());
    expect(items[0]?.id).toBe('offer-letter');
  });
});

describe('exit checklist (000 section 5)', () => {
  it('counts back from the last day; a last day on 2. påskedag moves to Wednesday before Easter', () => {
    const items = exitChecklist('2026-04-06');
    expect(deadlineOf(items, 'return-keys')).toBe('2026-04-01');
    expect(deadlineOf(items, 'exit-conversation')).toBe('2026-04-01');
    expect(deadlineOf(items, 'hand-over')).toBe('2026-03-23');
    expect(items.find((i) => i.id === 'block-access')).toMatchObject({
      responsible: 'leader',
      involves: 'it',
    });
    expect(items).toHaveLength(9);
  });
});
