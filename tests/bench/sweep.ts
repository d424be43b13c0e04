// Benchmark: the reminder sweep over a 50,000-employee municipality's state (DESIGN §8; goal < 5,000 ms).
// On the memory store, not Azurite: what grows with the municipality is how many rows a sweep reads, and
// the bench counts them (sweep_50k_reads), while Azurite's latency on this shared 2-core machine says
// little about Table Storage's and seeding 50,000 people's state into it (~400,000 writes over HTTP)
// would take minutes. Tried on 2 December: Azurite's in-memory tables slow down as they grow (LokiJS), so
// 20,000 rows (3,000 employees) took 78 s to write and a sweep over them 19 s on the loaded machine, against
// 0.7 s on the memory store; 343,695 rows for 50,000 did not finish in 13 minutes. So the figure here is our
// code's cost, and sweep_50k_requests is what Table Storage adds: each request is a round trip (16 in flight
// at once in reminder-state.ts). The memory store keeps Table Storage's costs that are ours: every value is read
// back from its JSON. Seeding is not timed; the sweep is, the morning's first pass (which stores every
// due reminder) and then the median of three passes after it (each finds its reminders stored already:
// every quarter of an hour after the first).
import { createMemoryStore } from '../../src/adapters/memory/memory-store';
import { sweepReminders, type SweepDeps, type SweepResult } from '../../src/app/sweep-reminders';
import { osloToUtc } from '../../src/core/calendar/oslo';
import { DEFAULT_POLICY } from '../../src/core/policy/defaults';
import { generateMunicipality } from '../../src/demo/municipality/generate';
import type { Store } from '../../src/ports/store';
import { directoryOf, seedSweepState } from './sweep-state';
import type { BenchResult } from './types';

const PEOPLE = 50_000;
/** a Tuesday in the autumn round */
const TODAY = '2026-11-24';

/** A store that counts the rows a sweep reads, and samples the process's RSS as it goes. */
export function measuredStore(inner: Store) {
  const counts = { gets: 0, lists: 0, listedRows: 0, writes: 0, peakRss: 0 };
  const sample = () => {
    if ((counts.gets + counts.lists) % 64 === 0)
      counts.peakRss = Math.max(counts.peakRss, process.memoryUsage.rss());
  };
  const store: Store = {
    get: (table, pk, rk) => {
      counts.gets += 1;
      sample();
      return inner.get(table, pk, rk);
    },
    list: async (table, pk, prefix) => {
      counts.lists += 1;
      sample();
      const rows = await inner.list(table, pk, prefix);
      counts.listedRows += rows.length;
      return rows as never;
    },
    insert: (table, pk, rk, value) => {
      counts.writes += 1;
      return inner.insert(table, pk, rk, value);
    },
    put: (table, pk, rk, value, etag) => {
      counts.writes += 1;
      return inner.put(table, pk, rk, value, etag);
    },
    delete: (table, pk, rk, etag) => inner.delete(table, pk, rk, etag),
  };
  const reset = () => {
    Object.assign(counts, { gets: 0, lists: 0, listedRows: 0, writes: 0 });
    counts.peakRss = process.memoryUsage.rss();
  };
  return { store, counts, reset };
}

export async function benchSweep(): Promise<BenchResult[]> {
  const municipality = generateMunicipality({ seed: 2026, today: TODAY, size: PEOPLE, calendars: false });
  const measured = measuredStore(createMemoryStore());
  const seeded = await seedSweepState(measured.store, municipality.people, TODAY);
  const deps: SweepDeps = {
    store: measured.store,
    clock: { now: () => new Date(osloToUtc(TODAY, '08:00')) },
    directory: directoryOf(municipality.people),
    policyFor: async () => DEFAULT_POLICY,
  };
  type Swept = Extract<SweepResult, { status: 'swept' }>;
  const sweep = async () => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await sweepReminders(deps, { owner: 'bench' });
    if (result.status !== 'swept') throw new Error(`sweep did not run: ${result.status}`);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result };
  };

  global.gc?.();
  measured.reset();
  const rssBefore = process.memoryUsage.rss();
  const first = await sweep();
  const rssGrowth = (measured.counts.peakRss - rssBefore) / 2 ** 20;
  const processRss = measured.counts.peakRss / 2 ** 20;
  const reads = measured.counts.gets + measured.counts.listedRows;
  const requests = measured.counts.gets + measured.counts.lists + measured.counts.writes;
  const again: { ms: number; cpuMs: number }[] = [];
  let repeat: Swept | null = null;
  for (let i = 0; i < 3; i++) {
    const pass = await sweep();
    again.push(pass);
    repeat = pass.result;
  }
  again.sort((a, b) => a.ms - b.ms);
  const stored: Swept = first.result;
  if (repeat?.queued !== 0 || repeat.known !== stored.due)
    throw new Error('a later sweep stored a reminder again');
  return [
    { name: 'sweep_50k_ms', value: Math.round(first.ms), unit: 'ms' },
    // the CPU the pass used: on a machine shared with other work, the wall clock also counts their time
    { name: 'sweep_50k_cpu_ms', value: Math.round(first.cpuMs), unit: 'ms' },
    { name: 'sweep_50k_repeat_ms', value: Math.round(again[1]?.ms ?? NaN), unit: 'ms' },
    { name: 'sweep_50k_repeat_cpu_ms', value: Math.round(again[1]?.cpuMs ?? NaN), unit: 'ms' },
    // the process's peak during the first pass: mostly the memory store holding the municipality's state,
    // which in production is in Table Storage; the growth is what the sweep itself held on top
    { name: 'sweep_50k_rss_mb', value: Math.round(processRss), unit: 'MB' },
    { name: 'sweep_50k_rss_growth_mb', value: Math.round(rssGrowth), unit: 'MB' },
    { name: 'sweep_50k_reads', value: reads, unit: 'rows' },
    // requests to the table service in the first pass (point reads, partition lists, writes)
    { name: 'sweep_50k_requests', value: requests, unit: 'requests' },
    { name: 'sweep_50k_conversations', value: seeded.conversations, unit: 'conversations' },
    { name: 'sweep_50k_due', value: stored.due, unit: 'reminders' },
  ];
}
