// `npm run bench`: runs each bench module in turn and prints `BENCH <name> <value> <unit>` lines.
// Add a module by adding a line to BENCHES.
import type { BenchResult } from './types';

const BENCHES: { name: string; run: () => Promise<BenchResult[]> }[] = [
  { name: 'due list', run: () => import('./due').then((m) => m.benchDue()) },
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
