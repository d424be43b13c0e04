// Worked examples of the compliance report for 2026: each person is one case of a definition
// (src/core/reports/compliance-person.ts), then the totals and unit rows of all of them together.
import { describe, expect, it } from 'vitest';
import {
  complianceReport,
  type ComplianceCounts,
  type ComplianceInput,
  type ReportConversation,
} from '../../../../src/core/reports/compliance';
import { periodOfYear } from '../../../../src/core/reports/period';
import { resolvePolicy } from '../../../../src/core/policy/resolve';
import { DEFAULT_POLICY } from '../../../../src/core/policy/defaults';
import type { PastConversation, Person } from '../../../../src/core/org';
import { held, person } from '../due/people';

const units = [
  { id: 'unit-1', name: 'Sentrum sykehjem' },
  { id: 'unit-2', name: 'Fjordvik skole' },
];
const booking = (who: Person, start: string, status: ReportConversation['status']): ReportConversation => ({
  employeeId: who.id,
  kind: 'annual',
  status,
  start,
});

function report(people: Person[], more: Partial<ComplianceInput> = {}) {
  return complianceReport({
    people,
    units,
    history: [],
    conversations: [],
    policy: resolvePolicy({}),
    period: periodOfYear(2026),
    ...more,
  });
}

/** the one column a single person lands in, or 'none' when out of scope */
function columnOf(who: Person, more: Partial<ComplianceInput> = {}): string {
  const t = report([who], more).total;
  const hits = (Object.keys(t) as (keyof ComplianceCounts)[]).filter((k) => k !== 'required' && t[k] > 0);
  return hits.join('+') || 'none';
}

const history = (...rows: PastConversation[]) => ({ history: rows });

describe('complianceReport, one person at a time', () => {
  it('permanent, 100 %, held one in 2026: had', () => {
    const p = person();
    expect(columnOf(p, history(held(p, 'annual', '2025-03-10'), held(p, 'annual', '2026-03-12')))).toBe(
      'had',
    );
  });

  it('exactly 50 %: required (002: "minst 50 %"), not held, not booked: notBooked', () => {
    const p = person({ positionPercent: 50 });
    expect(report([p], history(held(p, 'annual', '2025-05-01'))).total).toMatchObject({
      required: 1,
      notBooked: 1,
    });
  });

  it('under 50 %: offered, not required (002 2); one held counts as offeredHad', () => {
    const p = person({ positionPercent: 49.5 });
    expect(columnOf(p, history(held(p, 'annual', '2026-04-20')))).toBe('offered+offeredHad');
    expect(report([p]).total.required).toBe(0);
  });

  it('a temporary: offered by default, required when the policy says so (002 2)', () => {
    const p = person({ employmentType: 'temporary' });
    expect(columnOf(p)).toBe('offered');
    expect(columnOf(p, { policy: resolvePolicy({ annual: { temporaries: 'required' } }) })).toBe('notBooked');
  });

  it('started mid-2026: not counted, the first one is due a year after the start (000 2.2)', () => {
    expect(columnOf(person({ startDate: '2026-06-01' }))).toBe('none');
  });

  it('started March 2025, only a probation follow-up since: required and notBooked (000 2.2)', () => {
    const p = person({ startDate: '2025-03-01' });
    expect(columnOf(p, history(held(p, 'probation-followup', '2026-04-02')))).toBe('notBooked');
  });

  it('left in April, before it fell due in September: not counted (000 5)', () => {
    const p = person({ endDate: '2026-04-30' });
    expect(columnOf(p, history(held(p, 'annual', '2025-09-01')))).toBe('none');
  });

  it('left in August, it fell due in February: required and notBooked', () => {
    const p = person({ endDate: '2026-08-31' });
    expect(columnOf(p, history(held(p, 'annual', '2025-02-01')))).toBe('notBooked');
  });

  it('left before the period, or the top of the tree: not counted', () => {
    expect(columnOf(person({ endDate: '2025-12-31' }))).toBe('none');
    expect(columnOf(person({ managerId: null }))).toBe('none');
  });

  it('a booking in the period: booked; cancelled, or 00:30 on 1 January in Oslo: notBooked', () => {
    const p = person();
    expect(columnOf(p, { conversations: [booking(p, '2026-11-30T09:00:00Z', 'booked')] })).toBe('booked');
    expect(columnOf(p, { conversations: [booking(p, '2026-11-30T09:00:00Z', 'booking')] })).toBe('booked');
    expect(columnOf(p, { conversations: [booking(p, '2026-10-01T09:00:00Z', 'cancelled')] })).toBe(
      'notBooked',
    );
    expect(columnOf(p, { conversations: [booking(p, '2026-12-31T23:30:00Z', 'booked')] })).toBe('notBooked');
  });

  it('an exemption for 2026 or without a year: exempt; one for 2025: notBooked (000)', () => {
    const p = person();
    const exempt = (year?: number) => ({ exemptions: [{ personId: p.id, kind: 'annual' as const, year }] });
    expect(columnOf(p, exempt(2026))).toBe('exempt');
    expect(columnOf(p, exempt(undefined))).toBe('exempt');
    expect(columnOf(p, exempt(2025))).toBe('notBooked');
  });

  it('held anyway despite an exemption: had, not exempt', () => {
    const p = person();
    const input = {
      ...history(held(p, 'annual', '2026-05-05')),
      exemptions: [{ personId: p.id, kind: 'annual' as const, year: 2026 }],
    };
    expect(columnOf(p, input)).toBe('had');
  });

  it('every other year (003): held in June 2025, not due in 2026', () => {
    const p = person({ unitId: 'unit-2' });
    const policy = resolvePolicy({ units: { 'unit-2': { annual: { intervalMonths: 24 } } } });
    expect(columnOf(p, { ...history(held(p, 'annual', '2025-06-10')), policy })).toBe('none');
    // the same person under the municipality's yearly rule, through a per-unit resolver
    expect(columnOf(p, { ...history(held(p, 'annual', '2025-06-10')), policy: () => DEFAULT_POLICY })).toBe(
      'notBooked',
    );
  });

  it('a period that is not a year: due in September, counted only in a period reaching it', () => {
    const p = person();
    const h = history(held(p, 'annual', '2025-09-15'));
    expect(columnOf(p, { ...h, period: { from: '2026-01-01', to: '2026-06-30' } })).toBe('none');
    expect(columnOf(p, { ...h, period: { from: '2026-07-01', to: '2026-12-31' } })).toBe('notBooked');
  });
});

describe('complianceReport, units and total', () => {
  it('has a row per unit by name, zeros included, and a municipality total that adds up', () => {
    const a = person();
    const b = person({ positionPercent: 20 });
    const c = person({ unitId: 'unit-3' }); // a unit not in the list keeps its id as name
    const result = report([a, b, c], history(held(a, 'annual', '2026-02-02')));
    expect(result.units.map((u) => [u.unitName, u.required, u.had, u.notBooked, u.offered])).toEqual([
      ['Fjordvik skole', 0, 0, 0, 0],
      ['Sentrum sykehjem', 1, 1, 0, 1],
      ['unit-3', 1, 0, 1, 0],
    ]);
    expect(result.total).toEqual({
      required: 2,
      had: 1,
      booked: 0,
      notBooked: 1,
      exempt: 0,
      offered: 1,
      offeredHad: 0,
    });
  });
});
