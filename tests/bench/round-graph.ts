// Graph requests for a round of 60 on the demo data, through the real use cases and the Graph adapters
// against the emulator: plan (free/busy of 61 mailboxes) and confirm (60 meetings). The lower bound is
// ⌈61/20⌉ getSchedule + ⌈60/20⌉ $batch = 7 calendar requests; asking per person would be 60 + 60 = 120.
// The demo's largest team is 18, so here one leader's "team" is 60 people of the municipality: the
// directory answers are the only thing adjusted, every calendar request is real.
import { randomUUID } from 'node:crypto';
import { createGraphCalendar } from '../../src/adapters/graph/calendar';
import { createGraphClient } from '../../src/adapters/graph/client';
import { createGraphDirectory } from '../../src/adapters/graph/directory';
import { createMemoryStore } from '../../src/adapters/memory/memory-store';
import { confirmRound } from '../../src/app/confirm-round';
import { planRound } from '../../src/app/plan-round';
import { DEFAULT_POLICY } from '../../src/core/policy/defaults';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import { generateMunicipality } from '../../src/demo/municipality/generate';
import type { Directory } from '../../src/ports/directory';
import type { BenchResult } from './types';

const EMPLOYEES = 60;

export async function benchRoundGraph(): Promise<BenchResult[]> {
  const municipality = generateMunicipality({ seed: 2026, today: '2026-11-23' });
  const graph = await startGraphEmulator({ municipality });
  try {
    const client = createGraphClient({ baseUrl: graph.url, getToken: async () => emulatorToken({}) });
    const directory = createGraphDirectory({ client });
    const leader = municipality.people.find((p) => p.managerId === null)!;
    const team = municipality.people.filter((p) => p.id !== leader.id).slice(0, EMPLOYEES);
    let directoryRequests = 0;
    const counted: Directory = {
      getPerson: (id) => (directoryRequests++, directory.getPerson(id)),
      getManager: (id) => (directoryRequests++, directory.getManager(id)),
      listPeople: () => (directoryRequests++, directory.listPeople()),
      listDirectReports: async () => {
        directoryRequests++;
        return (await Promise.all(team.map((p) => directory.getPerson(p.id)))).flatMap((p) => (p ? [p] : []));
      },
    };
    const calendarRequests: string[] = [];
    const deps = {
      directory: counted,
      calendar: createGraphCalendar({
        client,
        onRequest: (method, path) => calendarRequests.push(`${method} ${path}`),
      }),
      store: createMemoryStore(),
      clock: { now: () => new Date('2026-11-23T09:00:00Z') },
      newId: randomUUID,
      policyFor: async () => DEFAULT_POLICY,
      publicUrl: 'https://samtale.fjordvik.example',
    };
    const started = performance.now();
    const round = await planRound(deps, {
      leaderId: leader.id,
      period: { from: '2026-11-30', to: '2027-01-08' },
    });
    const confirmed = await confirmRound(deps, { leaderId: leader.id, roundId: round.id });
    const elapsed = performance.now() - started;
    if (confirmed.status !== 'confirmed') throw new Error(`round ended ${confirmed.status}`);
    return [
      { name: 'round60_graph_requests', value: calendarRequests.length, unit: 'requests' },
      { name: 'round60_naive_graph_requests', value: 2 * round.placements.length, unit: 'requests' },
      { name: 'round60_directory_requests', value: directoryRequests, unit: 'requests' },
      { name: 'round60_booked', value: confirmed.progress.done, unit: 'meetings' },
      { name: 'round60_plan_and_confirm_ms', value: Math.round(elapsed), unit: 'ms' },
    ];
  } finally {
    await graph.stop();
  }
}
