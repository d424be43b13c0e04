import { describe, expect, it } from 'vitest';
import { computeDueList, type DueListInput } from '../../../../src/core/due/due-list';
import { ZExemption, type Exemption } from '../../../../src/core/due/inputs';
import type { PastConversation, Person } from '../../../../src/core/org';
import { resolvePolicy } from '../../../../src/core/policy/resolve';
import type { PolicyFile } from '../../../../src/core/policy/schema';
import { held, person } from './people';

function annualOf(
  who: Person,
  today: string,
  history: PastConversation[] = [],
  extra: Partial<DueListInput> & { policyFile?: PolicyFile } = {},
) {
  const { policyFile, ...rest } = extra;
  const [entry] = computeDueList({
    today,
    people: [who],
    history,
    policy: resolvePolicy(policyFile),
    ...rest,
  });
  return entry?.items.find((i) => i.kind === 'annual');
}

describe('annual conversation: who (002)', () => {
  it('002: yearly for a permanent employee at 100 %; held 1 Oct 2025, due 1 Oct 2026, overdue in November', () => {
    const kari = person();
    const item = annualOf(kari, '2026-11-23', [held(kari, 'annual', '2025-10-01')]);
    expect(item).toMatchObject({ dueDate: '2026-10-01', status: 'overdue', rule: 'annual-yearly' });
    expect(item?.window).toEqual({ from: '2026-08-02', to: '2026-10-01' });
  });

  it('002: is due inside the 60-day window, upcoming before it', () => {
    const kari = person();
    const history = [held(kari, 'annual', '2025-10-01')];
    expect(annualOf(kari, '2026-08-02', history)?.status).toBe('due');
    expect(annualOf(kari, '2026-10-01', history)?.status).toBe('due');
    expect(annualOf(kari, '2026-08-01', history)?.status).toBe('upcoming');
  });

  it('002: "minst 50 %": exactly 50 % is required, 49.5 % is offered', () => {
    const half = person({ positionPercent: 50 });
    expect(annualOf(half, '2026-11-23', [held(half, 'annual', '2025-10-01')])?.status).toBe('overdue');
    const under = person({ positionPercent: 49.5 });
    expect(annualOf(under, '2026-11-23', [held(under, 'annual', '2025-10-01')])).toMatchObject({
      status: 'offered',
      rule: 'annual-offered-part-time',
      dueDate: '2026-10-01',
    });
  });

  it('002: a long-term temporary is offered one; a policy may require it', () => {
    const vikar = person({ employmentType: 'temporary', startDate: '2024-01-08', endDate: '2027-06-30' });
    const history = [held(vikar, 'annual', '2025-10-01')];
    expect(annualOf(vikar, '2026-11-23', history)).toMatchObject({
      status: 'offered',
      rule: 'annual-offered-temporary',
    });
    const required = annualOf(vikar, '2026-11-23', history, {
      policyFile: { annual: { temporaries: 'required' } },
    });
    expect(required).toMatchObject({ status: 'overdue', rule: 'annual-temporary-required' });
  });

  it('003: every other year when the unit policy says 24 months', () => {
    const kari = person({ unitId: 'unit-skjervoy' });
    const item = annualOf(kari, '2026-11-23', [held(kari, 'annual', '2025-01-10')], {
      policyFile: { units: { 'unit-skjervoy': { annual: { intervalMonths: 24 } } } },
    });
    expect(item).toMatchObject({ dueDate: '2027-01-10', status: 'due', rule: 'annual-every-other-year' });
  });
});

describe('who is on the list', () => {
  it('leaves out the top of the tree: no leader in the directory can hold that conversation', () => {
    const top = person({ managerId: null });
    const list = computeDueList({
      today: '2026-11-23',
      people: [top, person()],
      history: [],
      policy: resolvePolicy(),
    });
    expect(list.map((entry) => entry.personId)).not.toContain(top.id);
    expect(list).toHaveLength(1);
  });
});

describe('annual conversation: when (what history satisfies)', () => {
  it('counts from the latest one held: held 2024-02-29 (leap day), due 2025-02-28', () => {
    const kari = person();
    const history = [held(kari, 'annual', '2023-03-01'), held(kari, 'annual', '2024-02-29')];
    expect(annualOf(kari, '2025-01-15', history)).toMatchObject({ dueDate: '2025-02-28', status: 'due' });
  });

  it('someone who never had one is due one interval after starting', () => {
    const ola = person({ startDate: '2023-03-01' });
    expect(annualOf(ola, '2026-11-23')).toMatchObject({
      dueDate: '2024-03-01',
      status: 'overdue',
      neverHeld: true,
    });
    expect(annualOf(ola, '2026-11-23', [held(ola, 'annual', '2026-03-02')])?.neverHeld).toBeUndefined();
  });

  it('ignores a conversation from an earlier employment (before the start date) and one dated after today', () => {
    const ola = person({ startDate: '2026-02-02' });
    const history = [held(ola, 'annual', '2025-06-01'), held(ola, 'annual', '2026-12-01')];
    expect(annualOf(ola, '2026-11-23', history)?.dueDate).toBe('2027-02-02');
  });
});

describe('exemptions (000: recorded reasons)', () => {
  const exemption = (who: Person, over: Partial<Exemption>): Exemption =>
    ZExemption.parse({
      personId: who.id,
      kind: 'annual',
      by: 'employee',
      year: 2026,
      reason: 'Ønsker å stå over i år',
      recordedAt: '2026-09-01',
      ...over,
    });

  it("an employee's wish covers the cycle due that year, and shows who asked and why", () => {
    const kari = person();
    const wish = exemption(kari, {});
    const item = annualOf(kari, '2026-11-23', [held(kari, 'annual', '2025-10-01')], { exemptions: [wish] });
    expect(item).toMatchObject({ status: 'exempt', dueDate: '2026-10-01', exemption: wish });
  });

  it('the next cycle is due again once its window opens (no skipping "en gang for alle")', () => {
    const kari = person();
    const item = annualOf(kari, '2027-08-15', [held(kari, 'annual', '2025-10-01')], {
      exemptions: [exemption(kari, {})],
    });
    expect(item).toMatchObject({ status: 'due', dueDate: '2027-10-01' });
    expect(item?.exemption).toBeUndefined();
  });

  it('an exemption for another year does not apply', () => {
    const kari = person();
    const item = annualOf(kari, '2026-11-23', [held(kari, 'annual', '2025-10-01')], {
      exemptions: [exemption(kari, { year: 2025 })],
    });
    expect(item?.status).toBe('overdue');
  });

  it('000: an employee must name the year; anyone must give a reason', () => {
    const base = {
      personId: 'p',
      kind: 'annual',
      by: 'employee',
      reason: 'Permisjon',
      recordedAt: '2026-09-01',
    };
    expect(ZExemption.safeParse(base).error?.issues[0]?.path).toEqual(['year']);
    expect(ZExemption.safeParse({ ...base, by: 'leader' }).success).toBe(true);
    expect(ZExemption.safeParse({ ...base, year: 2026, reason: ' ' }).error?.issues[0]?.path).toEqual([
      'reason',
    ]);
  });
});
