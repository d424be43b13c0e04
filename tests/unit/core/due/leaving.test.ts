import { describe, expect, it } from 'vitest';
import { computeDueList } from '../../../../src/core/due/due-list';
import type { PastConversation, Person } from '../../../../src/core/org';
import { resolvePolicy } from '../../../../src/core/policy/resolve';
import { held, person } from './people';

const dueOf = (who: Person, today: string, history: PastConversation[] = []) =>
  computeDueList({ today, people: [who], history, policy: resolvePolicy() })[0];

describe('people who leave (000 section 5)', () => {
  it('gets a sluttsamtale due on the last day, shown as due four weeks before', () => {
    const ola = person({ endDate: '2026-12-31' });
    const history = [held(ola, 'annual', '2025-10-01')];
    const before = dueOf(ola, '2026-11-23', history);
    expect(before?.items.map((i) => [i.kind, i.dueDate, i.status])).toEqual([
      ['annual', '2026-10-01', 'overdue'],
      ['exit', '2026-12-31', 'upcoming'],
    ]);
    expect(before?.items[1]).toMatchObject({
      window: { from: '2026-12-03', to: '2026-12-31' },
      rule: 'exit-conversation',
    });
    // inside the exit window the sluttsamtale replaces the overdue annual conversation
    expect(dueOf(ola, '2026-12-10', history)?.items.map((i) => [i.kind, i.status])).toEqual([
      ['exit', 'due'],
    ]);
  });

  it('has nothing left once the exit conversation is held', () => {
    const ola = person({ endDate: '2026-12-31' });
    expect(dueOf(ola, '2026-12-10', [held(ola, 'exit', '2026-12-08')])?.items).toEqual([]);
  });

  it('is off the list after the last day', () => {
    expect(dueOf(person({ endDate: '2026-11-22' }), '2026-11-23')).toBeUndefined();
  });

  it('a temporary whose contract ends before the next cycle gets no annual conversation', () => {
    const vikar = person({ employmentType: 'temporary', startDate: '2026-03-02', endDate: '2026-12-31' });
    const history = [
      held(vikar, 'start', '2026-03-02'),
      held(vikar, 'probation-followup', '2026-03-31'),
      held(vikar, 'probation-followup', '2026-05-20'),
    ];
    const items = dueOf(vikar, '2026-06-01', history)?.items ?? [];
    expect(items.some((i) => i.kind === 'annual')).toBe(false);
    // probation conversations still apply to a temporary (aml. § 15-6 covers both)
    expect(items.map((i) => [i.kind, i.dueDate])).toEqual([
      ['probation-followup', '2026-08-04'],
      // everyone who leaves gets a sluttsamtale, a vikar too (000 section 5 names no exception)
      ['exit', '2026-12-31'],
    ]);
  });
});
