// Benchmarks of the round planner (issue 4):
// - round60: 60 employees of the demo municipality (seed 2026, today 2026-11-23, its generated calendars)
//   under the two leaders with the most reports, four weeks from 7 days ahead, policy defaults (90 minutes,
//   08:00-15:30, at most 3 a day) and a 15-minute buffer (our choice; the policy has none).
// - round1000: 1,000 employees and 20 conductors of a generated municipality, three weeks, the same rules.
// Generation is not timed; planRound is, from the raw busy blocks to the plan: the median of five runs after
// a first one (JIT warm-up, holiday tables). The optimum comes from plan-optimum.ts (Edmonds-Karp on the same
// model), so `placed` and `placed_optimum` must be equal.
import { dayOf, isoOf } from '../../src/core/calendar/days';
import type { Municipality } from '../../src/core/org';
import { DEFAULT_POLICY } from '../../src/core/policy/defaults';
import type { RoundInput } from '../../src/core/scheduling/round-input';
import { buildRoundModel } from '../../src/core/scheduling/round-model';
import { planRound, type RoundPlan } from '../../src/core/scheduling/round-planner';
import { generateMunicipality } from '../../src/demo/municipality/generate';
import { maxPlacements } from './plan-optimum';
import type { BenchResult } from './types';

const TODAY = '2026-11-23';

/**
 * The `conductors` leaders with the most reports conduct; `employees` other people (not the top) are planned,
 * each with their own manager when that manager conducts, else with the conductor who has the fewest so far
 * (003: in large units several leaders share the conversations).
 */
function roundOf(
  municipality: Municipality,
  conductors: number,
  employees: number,
  weeks: number,
): RoundInput {
  const reports = new Map<string, number>();
  for (const p of municipality.people)
    if (p.managerId) reports.set(p.managerId, (reports.get(p.managerId) ?? 0) + 1);
  const chosen = [...reports].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, conductors);
  const ids = new Set(chosen.map(([id]) => id));
  const count = new Map(chosen.map(([id]) => [id, 0]));
  const people = municipality.people.filter((p) => p.managerId && !ids.has(p.id)).slice(0, employees);
  if (people.length < employees) throw new Error(`only ${people.length} employees, wanted ${employees}`);
  const planned = people.map((p) => {
    const own = p.managerId && ids.has(p.managerId) ? p.managerId : null;
    const conductorId = own ?? [...count].sort((a, b) => a[1] - b[1])[0]?.[0] ?? '';
    count.set(conductorId, (count.get(conductorId) ?? 0) + 1);
    return { id: p.id, conductorId };
  });
  const from = dayOf(TODAY) + DEFAULT_POLICY.invitation.minDaysAhead;
  return {
    employees: planned,
    conductors: [...ids].map((id) => ({ id, maxPerDay: DEFAULT_POLICY.maxConversationsPerLeaderPerDay })),
    busy: municipality.calendars,
    period: { from: isoOf(from), to: isoOf(from + weeks * 7 - 1) },
    durationMinutes: DEFAULT_POLICY.durationMinutes.annual,
    bufferMinutes: 15,
    workingHours: DEFAULT_POLICY.workingHours,
  };
}

function timed(input: RoundInput): { ms: number; plan: RoundPlan } {
  let plan = planRound(input);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    plan = planRound(input);
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[2] ?? NaN, plan };
}

function bench(name: string, input: RoundInput): BenchResult[] {
  const { ms, plan } = timed(input);
  const optimum = maxPlacements(buildRoundModel(input));
  return [
    { name: `${name}_plan_ms`, value: Math.round(ms * 10) / 10, unit: 'ms' },
    { name: `${name}_placed`, value: plan.stats.placed, unit: 'employees' },
    { name: `${name}_placed_optimum`, value: optimum, unit: 'employees' },
    { name: `${name}_busiest_day`, value: plan.stats.busiestDay, unit: 'conversations' },
  ];
}

export function benchPlan(): BenchResult[] {
  const demo = generateMunicipality({ seed: 2026, today: TODAY, calendars: true });
  const large = generateMunicipality({ seed: 2026, today: TODAY, size: 1100, calendars: true });
  return [...bench('round60', roundOf(demo, 2, 60, 4)), ...bench('round1000', roundOf(large, 20, 1000, 3))];
}
