// `npm run bench`: runs each bench module in turn and prints `BENCH <name> <value> <unit>` lines.
// Add a module by adding a line to BENCHES.
import type { BenchResult } from './types';

const BENCHES: { name: string; run: () => Promise<BenchResult[]> }[] = [
  // First: due_50k_rss_mb is the process's peak, so nothing may run before it.
  { name: 'due list', run: () => import('./due').then((m) => m.benchDue()) },
  { name: 'demo start-up', run: () => import('./startup').then((m) => m.benchStartup()) },
  { name: 'team API', run: () => import('./api').then((m) => m.benchApi()) },
  { name: 'round planner', run: () => import('./plan').then((m) => m.benchPlan()) },
  { name: 'round via Graph', run: () => import('./round-graph').then((m) => m.benchRoundGraph()) },
  { name: 'referat PDF', run: () => import('./pdf').then((m) => m.benchPdf()) },
  { name: 'compliance report', run: () => import('./reports').then((m) => m.benchReports()) },
  { name: 'tab in Chromium', run: () => import('./tab').then((m) => m.benchTab()) },
  { name: 'API under load', run: () => import('./load').then((m) => m.benchLoad()) },
  // in a process of its own: sweep_50k_rss_mb is that process's peak
  {
    name: 'reminder sweep',
    run: () => import('./in-child').then((m) => m.benchInChild('sweep.ts', 'benchSweep')),
  },
  { name: 'notice send rate', run: () => import('./send-rate').then((m) => m.benchSendRate()) },
];

let failed = false;
for (const bench of BENCHES) {
  try {
    for (const result of await bench.run())
      console.log(`BENCH ${result.name} ${result.value} ${result.unit}`);
  } catch (error) {
    failed = true;
    console.error(`bench '${bench.name}' failed:`, error);
  }
}
process.exitCode = failed ? 1 : 0;
