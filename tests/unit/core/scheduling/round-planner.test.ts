import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import { DEFAULT_POLICY } from '../../../../src/core/policy/defaults';
import {
  roundInputIssues,
  type PersonBusy,
  type RoundInput,
} from '../../../../src/core/scheduling/round-input';
import { buildRoundModel } from '../../../../src/core/scheduling/round-model';
import { planRound } from '../../../../src/core/scheduling/round-planner';
import { dayLoads, planProblems } from './check-plan';

const osloClock = (iso: string) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(
    Date.parse(iso),
  );

function round(extra: Partial<RoundInput> & Pick<RoundInput, 'period'>): RoundInput {
  return {
    employees: [],
    conductors: [{ id: 'leder', maxPerDay: 3 }],
    busy: [],
    durationMinutes: 90,
    bufferMinutes: 15,
    workingHours: DEFAULT_POLICY.workingHours,
    ...extra,
  };
}

const staff = (n: number, conductorId = 'leder') =>
  Array.from({ length: n }, (_, i) => ({ id: `ansatt-${i + 1}`, conductorId }));

const oof = (personId: string, start: string, end: string): PersonBusy => ({
  personId,
  start,
  end,
  showAs: 'oof',
});

describe('planRound', () => {
  it("cuts the conductor's day around their own meetings: 'Ledermøte' 08:30-09:30 moves the first position to 09:45", () => {
    const input = round({
      period: { from: '2026-12-01', to: '2026-12-01' },
      conductors: [{ id: 'leder', maxPerDay: 4 }],
      employees: staff(4),
      busy: [
        { personId: 'leder', start: '2026-12-01T07:30:00Z', end: '2026-12-01T08:30:00Z', showAs: 'busy' },
      ],
    });
    const plan = planRound(input);
    // 09:45, 11:30 and 13:15 (90 minutes plus a 15-minute buffer each); a fourth would end after 15:30
    expect(plan.placements.map((p) => osloClock(p.start)).sort()).toEqual(['09:45', '11:30', '13:15']);
    expect(plan.unplaced).toEqual([
      { employeeId: 'ansatt-4', conductorId: 'leder', reason: 'conductor-full' },
    ]);
    expect(planProblems(input, plan)).toEqual([]);
  });

  it('keeps 08:00 Oslo across the March DST change: 07:00Z on Friday 27 March, 06:00Z on Monday 30 March', () => {
    const input = round({
      period: { from: '2026-03-27', to: '2026-03-30' },
      conductors: [{ id: 'leder', maxPerDay: 4 }],
      employees: staff(8),
    });
    const plan = planRound(input);
    expect(plan.stats).toMatchObject({ workingDays: 2, placed: 8, busiestDay: 4 });
    const starts = plan.placements.map((p) => p.start).sort();
    expect(starts.filter((s) => s.startsWith('2026-03-27'))).toEqual([
      '2026-03-27T07:00:00Z',
      '2026-03-27T08:45:00Z',
      '2026-03-27T10:30:00Z',
      '2026-03-27T12:15:00Z',
    ]);
    expect(starts.filter((s) => s.startsWith('2026-03-30'))[0]).toBe('2026-03-30T06:00:00Z');
    expect(planProblems(input, plan)).toEqual([]);
  });

  it('plans Easter week 2026 on 30 and 31 March and 1 April only (skjærtorsdag, langfredag, 2. påskedag)', () => {
    const input = round({ period: { from: '2026-03-30', to: '2026-04-06' }, employees: staff(10) });
    const plan = planRound(input);
    expect([...dayLoads(plan)].sort()).toEqual([
      ['leder 2026-03-30', 3],
      ['leder 2026-03-31', 3],
      ['leder 2026-04-01', 3],
    ]);
    expect(plan.unplaced.map((u) => u.reason)).toEqual(['conductor-full']);
    expect(planProblems(input, plan)).toEqual([]);
  });

  it('spreads the load evenly: 12 employees over 6 free days come out 2 a day, not 3-3-3-3-0-0', () => {
    // Monday 30 November to Monday 7 December 2026: six working days, at most 3 a day
    const input = round({ period: { from: '2026-11-30', to: '2026-12-07' }, employees: staff(12) });
    const plan = planRound(input);
    expect(plan.stats.placed).toBe(12);
    expect([...dayLoads(plan).values()]).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('places the most when an employee can only come on one day: the flexible ones give way', () => {
    // max 1 a day on 30 Nov and 1 Dec; ansatt-1 is away on 1 Dec, so ansatt-2 must take 1 Dec
    const input = round({
      period: { from: '2026-11-30', to: '2026-12-01' },
      conductors: [{ id: 'leder', maxPerDay: 1 }],
      employees: staff(2).reverse(),
      busy: [oof('ansatt-1', '2026-12-01T07:00:00Z', '2026-12-01T14:30:00Z')],
    });
    const plan = planRound(input);
    expect(plan.placements.map((p) => [p.employeeId, p.start.slice(0, 10)]).sort()).toEqual([
      ['ansatt-1', '2026-11-30'],
      ['ansatt-2', '2026-12-01'],
    ]);
  });

  it('counts conversations the conductor already has towards max per day, and plans around them', () => {
    // Tuesday 1 December: two conversations already booked 08:00-09:30 and 12:00-13:30 Oslo, max 3 a day
    const input = round({
      period: { from: '2026-12-01', to: '2026-12-01' },
      employees: staff(3),
      booked: [
        { conductorId: 'leder', start: '2026-12-01T07:00:00Z', end: '2026-12-01T08:30:00Z' },
        { conductorId: 'leder', start: '2026-12-01T11:00:00Z', end: '2026-12-01T12:30:00Z' },
      ],
    });
    const plan = planRound(input);
    expect(plan.placements).toHaveLength(1);
    // the first position is 09:45, a buffer after the booked 08:00-09:30
    expect(osloClock(plan.placements[0]?.start ?? '')).toBe('09:45');
    expect(plan.unplaced.map((u) => u.reason)).toEqual(['conductor-full', 'conductor-full']);
  });

  it('returns an employee who is away the whole period unplaced, with the reason', () => {
    const input = round({
      period: { from: '2026-11-30', to: '2026-12-01' },
      employees: staff(2),
      busy: [oof('ansatt-2', '2026-11-30T00:00:00Z', '2026-12-02T00:00:00Z')],
    });
    const plan = planRound(input);
    expect(plan.placements.map((p) => p.employeeId)).toEqual(['ansatt-1']);
    expect(plan.unplaced).toEqual([
      { employeeId: 'ansatt-2', conductorId: 'leder', reason: 'no-common-free-time' },
    ]);
  });

  it('says so when it is the conductor who has no free time, so the leader knows it is their own calendar', () => {
    const input = round({
      period: { from: '2026-11-30', to: '2026-12-01' },
      conductors: [
        { id: 'leder', maxPerDay: 3 },
        { id: 'leder-2', maxPerDay: 3 },
      ],
      employees: [...staff(1), { id: 'ansatt-9', conductorId: 'leder-2' }],
      busy: [oof('leder-2', '2026-11-30T00:00:00Z', '2026-12-02T00:00:00Z')],
    });
    const plan = planRound(input);
    expect(plan.unplaced).toEqual([
      { employeeId: 'ansatt-9', conductorId: 'leder-2', reason: 'conductor-no-free-time' },
    ]);
    expect(buildRoundModel(input).positionCount).toEqual([8, 0]);
  });

  it('rejects an employee whose conductor is not in the round, naming the field', () => {
    const input = round({
      period: { from: '2026-11-30', to: '2026-12-01' },
      employees: [...staff(1), { id: 'ansatt-2', conductorId: 'ukjent' }],
    });
    expect(() => planRound(input)).toThrow(AppError);
    try {
      planRound(input);
    } catch (error) {
      expect(error).toMatchObject({ code: 'bad-request', field: 'employees.1.conductorId' });
    }
  });
});

describe('roundInputIssues', () => {
  const period = { from: '2026-11-30', to: '2026-12-01' };

  it('names an employee listed twice and a leader who is both conductor and employee in the round', () => {
    const issues = roundInputIssues({
      period,
      conductors: [
        { id: 'leder', maxPerDay: 3 },
        { id: 'leder-2', maxPerDay: 3 },
      ],
      employees: [...staff(1), ...staff(1), { id: 'leder-2', conductorId: 'leder' }],
    });
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['employees.1.id', 'employees.2.id']);
  });

  it('names a period that ends before it starts, or is not a calendar date', () => {
    const backwards = roundInputIssues({
      period: { from: '2026-12-01', to: '2026-11-30' },
      conductors: [],
      employees: [],
    });
    expect(backwards).toEqual([{ path: ['period', 'to'], message: 'must not be before period.from' }]);
    const notADate = roundInputIssues({
      period: { from: '2026-02-29', to: '2026-03-01' },
      conductors: [],
      employees: [],
    });
    expect(notADate.map((issue) => issue.path.join('.'))).toEqual(['period.from']);
  });
});
