// Benchmark: the compliance report for the largest Norwegian municipality, ~50,000 employees (DESIGN §8).
// Generation is not timed; complianceReport (people, history, a booking for one in ten, policy per unit)
// is: the median of five runs after a first, warm-up run.
import type { ReportConversation } from '../../src/core/reports/compliance';
import { complianceReport } from '../../src/core/reports/compliance';
import { periodOfYear } from '../../src/core/reports/period';
import { resolvePolicy } from '../../src/core/policy/resolve';
import { generateMunicipality } from '../../src/demo/municipality/generate';
import type { BenchResult } from './types';

const PEOPLE = 50_000;

export function benchReports(): BenchResult[] {
  const m = generateMunicipality({ seed: 2026, today: '2026-11-23', size: PEOPLE, calendars: false });
  const conversations: ReportConversation[] = m.people
    .filter((_, i) => i % 10 === 0)
    .map((p, i) => ({
      employeeId: p.id,
      kind: 'annual',
      status: i % 7 === 0 ? 'cancelled' : 'booked',
      start: '2026-12-02T09:00:00Z',
    }));
  const input = {
    people: m.people,
    units: m.units,
    history: m.history,
    conversations,
    policy: resolvePolicy({}),
    period: periodOfYear(2026),
  };
  complianceReport(input);
  const runs: number[] = [];
  let required = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    required = complianceReport(input).total.required;
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return [
    { name: 'compliance_50k_ms', value: Math.round(runs[2] ?? NaN), unit: 'ms' },
    { name: 'compliance_50k_required', value: required, unit: 'people' },
  ];
}
