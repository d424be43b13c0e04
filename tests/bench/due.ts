// Benchmark: the due list for the largest Norwegian municipality, ~50,000 employees (DESIGN.md §8).
// Generation is not timed; computeDueList (the whole pass, policy resolved per unit) is: the median of
// five runs after the first one (JIT warm-up, holiday tables).
import { computeDueList } from '../../src/core/due/due-list';
import { resolvePolicy } from '../../src/core/policy/resolve';
import { generateMunicipality } from '../../src/demo/municipality/generate';
import type { BenchResult } from './types';

const PEOPLE = 50_000;
const TODAY = '2026-11-23';

export function benchDue(): BenchResult[] {
  const municipality = generateMunicipality({ seed: 2026, today: TODAY, size: PEOPLE, calendars: false });
  // a third of the units choose every other year (003), so the per-unit policy path is exercised
  const units = Object.fromEntries(
    municipality.units
      .filter((_, i) => i % 3 === 0)
      .map((u) => [u.id, { annual: { intervalMonths: 24 as const } }]),
  );
  const policy = resolvePolicy({ units });
  const input = { today: TODAY, people: municipality.people, history: municipality.history, policy };

  // Peak RSS of the process (tsx, the generated people and history, one due list) after the first pass.
  // Measured before the repeated timing runs: their garbage, which V8 collects lazily, is not a workload.
  computeDueList(input);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const runs: number[] = [];
  let items = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const list = computeDueList(input);
    runs.push(performance.now() - started);
    items = list.reduce((n, p) => n + p.items.length, 0);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)] ?? NaN;
  return [
    { name: 'due_50k_ms', value: Math.round(median), unit: 'ms' },
    { name: 'due_50k_rss_mb', value: Math.round(rssMb), unit: 'MB' },
    { name: 'due_50k_items', value: items, unit: 'items' },
  ];
}
