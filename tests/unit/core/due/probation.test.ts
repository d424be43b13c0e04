import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../../../../src/core/calendar/days';
import { computeDueList, type DueListInput } from '../../../../src/core/due/due-list';
import type { Absence } from '../../../../src/core/due/inputs';
import { probationPlan } from '../../../../src/core/due/probation';
import type { PastConversation, Person } from '../../../../src/core/org';
import { DEFAULT_POLICY } from '../../../../src/core/policy/defaults';
import { resolvePolicy } from '../../../../src/core/policy/resolve';
import { held, person } from './people';

// A new hire who starts Monday 5 January 2026: six months of probation end Saturday 4 July.
const START = '2026-01-05';

function dueOf(
  who: Person,
  today: string,
  history: PastConversation[] = [],
  extra: Partial<DueListInput> = {},
) {
  const [entry] = computeDueList({ today, people: [who], history, policy: resolvePolicy(), ...extra });
  if (!entry) throw new Error('expected the person on the list');
  return entry;
}

const plan = (policy = DEFAULT_POLICY.probation, end = '2026-07-04') =>
  probationPlan(dayOf(START), dayOf(end), policy).map((m) => ({
    kind: m.kind,
    from: isoOf(m.from),
    to: isoOf(m.to),
    rule: m.rule,
    number: m.number,
  }));

describe('probation plan', () => {
  it('000 2.3 and 2.2: start conversation in week 1, follow-up after 4 weeks, two more, the last 4 weeks before the end', () => {
    expect(plan()).toEqual([
      { kind: 'start', from: '2026-01-05', to: '2026-01-11', rule: 'start-conversation', number: undefined },
      {
        kind: 'probation-followup',
        from: '2026-02-02',
        to: '2026-02-08',
        rule: 'followup-after-4-weeks',
        number: 1,
      },
      // halfway between 2 February and 6 June
      {
        kind: 'probation-followup',
        from: '2026-03-22',
        to: '2026-04-05',
        rule: 'followup-spread',
        number: 2,
      },
      { kind: 'probation-followup', from: '2026-05-23', to: '2026-06-06', rule: 'followup-final', number: 3 },
    ]);
  });

  it('001: monthly, the month before the final one dropped when it would crowd it', () => {
    const monthly = plan({ ...DEFAULT_POLICY.probation, followUps: { mode: 'monthly' } });
    expect(monthly.map((m) => [m.to, m.rule])).toEqual([
      ['2026-01-11', 'start-conversation'],
      ['2026-02-08', 'followup-after-4-weeks'],
      ['2026-03-05', 'followup-monthly'],
      ['2026-04-05', 'followup-monthly'],
      ['2026-05-05', 'followup-monthly'],
      ['2026-06-06', 'followup-final'],
    ]);
  });
});

describe('probation in the due list', () => {
  it('lists what is left after the start conversation and the 4-week follow-up were held', () => {
    const ny = person({ startDate: START });
    const entry = dueOf(ny, '2026-03-01', [
      held(ny, 'start', '2026-01-05'),
      held(ny, 'probation-followup', '2026-02-03'),
    ]);
    expect(entry.probation).toEqual({
      start: START,
      plannedEnd: '2026-07-04',
      end: '2026-07-04',
      extendedByDays: 0,
      absenceDaysNotCounted: 0,
    });
    expect(entry.items.map((i) => [i.kind, i.number, i.dueDate, i.status])).toEqual([
      ['probation-followup', 2, '2026-04-05', 'upcoming'],
      ['probation-followup', 3, '2026-06-06', 'upcoming'],
      ['annual', undefined, '2027-01-05', 'upcoming'],
    ]);
    expect(entry.warnings).toEqual([]);
  });

  it('shows a missed start conversation as overdue', () => {
    const ny = person({ startDate: START });
    expect(dueOf(ny, '2026-01-20').items[0]).toMatchObject({ kind: 'start', status: 'overdue' });
  });

  it('§ 15-6 (4): two weeks of sick leave, told in writing, extend probation by 14 days', () => {
    const ny = person({ startDate: START });
    const absences: Absence[] = [
      {
        personId: ny.id,
        from: '2026-02-10',
        to: '2026-02-23',
        writtenNoticeGiven: true,
        employerCaused: false,
      },
      // overlapping registration of the same leave counts once
      {
        personId: ny.id,
        from: '2026-02-20',
        to: '2026-02-23',
        writtenNoticeGiven: true,
        employerCaused: false,
      },
    ];
    const entry = dueOf(ny, '2026-06-10', [], { absences });
    expect(entry.probation).toMatchObject({
      plannedEnd: '2026-07-04',
      end: '2026-07-18',
      extendedByDays: 14,
    });
    // the final follow-up moves with the end: four weeks before 18 July
    expect(entry.items.find((i) => i.rule === 'followup-final')?.dueDate).toBe('2026-06-20');
  });

  it('§ 15-6 (4): without written notice the absence does not extend it, and the leader is told', () => {
    const ny = person({ startDate: START });
    const absences: Absence[] = [
      {
        personId: ny.id,
        from: '2026-02-10',
        to: '2026-02-23',
        writtenNoticeGiven: false,
        employerCaused: false,
      },
      {
        personId: ny.id,
        from: '2026-03-02',
        to: '2026-03-04',
        writtenNoticeGiven: true,
        employerCaused: true,
      },
    ];
    const entry = dueOf(ny, '2026-03-10', [], { absences });
    expect(entry.probation).toMatchObject({
      end: '2026-07-04',
      extendedByDays: 0,
      absenceDaysNotCounted: 17,
    });
    expect(entry.warnings).toContainEqual({
      code: 'absence-without-written-notice',
      rule: 'probation-extension-needs-notice',
    });
  });

  it('counts only the part of an absence inside probation', () => {
    const ny = person({ startDate: START });
    const absences: Absence[] = [
      {
        personId: ny.id,
        from: '2025-12-20',
        to: '2026-01-09',
        writtenNoticeGiven: true,
        employerCaused: false,
      },
    ];
    expect(dueOf(ny, '2026-02-01', [], { absences }).probation?.extendedByDays).toBe(5);
  });

  it('warns when probation ends within 4 weeks and the final follow-up is neither held nor booked', () => {
    const ny = person({ startDate: START });
    const history = [held(ny, 'start', '2026-01-05'), held(ny, 'probation-followup', '2026-02-03')];
    const warning = { code: 'probation-ends-without-evaluation', rule: 'probation-evaluation-missing' };
    expect(dueOf(ny, '2026-06-15', history).warnings).toEqual([warning]);
    expect(dueOf(ny, '2026-06-05', history).warnings).toEqual([]);
    const planned = [{ personId: ny.id, kind: 'probation-followup' as const, date: '2026-06-22' }];
    expect(dueOf(ny, '2026-06-15', history, { planned }).warnings).toEqual([]);
  });

  it('has no probation items once all are held, and none after probation ends', () => {
    const ny = person({ startDate: START });
    const all = [
      held(ny, 'start', '2026-01-05'),
      held(ny, 'probation-followup', '2026-02-03'),
      held(ny, 'probation-followup', '2026-04-01'),
      held(ny, 'probation-followup', '2026-06-01'),
    ];
    expect(dueOf(ny, '2026-06-15', all).items.map((i) => i.kind)).toEqual(['annual']);
    expect(dueOf(ny, '2026-06-15', all).warnings).toEqual([]);
    const after = dueOf(ny, '2026-07-05');
    expect(after.probation).toBeUndefined();
    expect(after.items.map((i) => i.kind)).toEqual(['annual']);
  });

  it('plans the whole probation of someone who starts in the future', () => {
    const ny = person({ startDate: '2026-12-01' });
    const entry = dueOf(ny, '2026-11-23');
    expect(entry.items.map((i) => [i.kind, i.dueDate, i.status])).toEqual([
      ['start', '2026-12-07', 'upcoming'],
      ['probation-followup', '2027-01-04', 'upcoming'],
      ['probation-followup', '2027-03-02', 'upcoming'],
      ['probation-followup', '2027-05-03', 'upcoming'],
      ['annual', '2027-12-01', 'upcoming'],
    ]);
  });
});
