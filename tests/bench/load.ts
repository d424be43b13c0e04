// Issue 9, done when: 200 concurrent leaders against the demo server on loopback, opening the overview
// (GET /api/team and GET /api/conversations, as the tab does) and autosaving their referats (PATCH with
// If-Match, each leader its own conversation), for a bounded time. Goals: api_p95_ms < 200 over every request,
// api_errors 0 (what counts as an error is said at LoadReport.errors in load-client.ts: anything but a 200).
// The per-user rate limit stays on: each leader signs in as itself.
//
// The municipality is reshaped to 200 leaders with four or five reports each; every leader books one
// conversation through the API and saves a first referat text before the clock starts. The leaders run in a
// worker thread (load-client.ts). Background timers (archive outbox, notice delivery, reminders) are off, so
// the figure is the API's. Per-route percentiles go to stderr. Run alone:
//   npx tsx -e "import('./tests/bench/load.ts').then(m=>m.benchLoad()).then(console.log)"
import { Worker } from 'node:worker_threads';
import type { ReferatView } from '../../src/app/open-referat';
import type { Municipality, Person } from '../../src/core/org';
import { generateMunicipality } from '../../src/demo/municipality/generate';
import { osloToday } from '../../src/server/clock';
import { startDemoStack, type DemoStack } from '../../src/server/demo-stack';
import type { LoadLeader, LoadPlan, LoadReport } from './load-client';
import { serverCpuMs } from './load-cpu';
import type { BenchResult } from './types';

const LEADERS = 200;
// the leaders arrive over the first 10 s; then all 200 work for 30 s, and only that is timed (errors count
// from the first request)
const RAMP_MS = 10_000;
const DURATION_MS = 30_000;
// someone writing a referat during or right after the meeting: a sentence or two between pauses, then the
// tab's autosave 800 ms after the last keystroke (useReferat.ts); about one save per leader every 4-5 s
const TYPING_MS = { min: 1500, max: 6000 };
const AUTOSAVE_DELAY_MS = 800;
const SAVES_PER_OVERVIEW = 5;
const SETUP_CONCURRENCY = 8;

/**
 * 200 leaders: the municipality's own leaders and then others, each reporting to the top of the tree, and
 * everyone else spread over them. The same people, directory and calendars; only who leads whom changes.
 */
export function withLeaders(count: number, today: string) {
  return (): Municipality => {
    const m = generateMunicipality({ seed: 2026, today, size: count * 5 + 10 });
    const top = m.people.find((p) => p.managerId === null)!;
    const leads = new Set(m.people.map((p) => p.managerId));
    const candidates = m.people
      .filter((p) => p.id !== top.id)
      .sort((a, b) => Number(leads.has(b.id)) - Number(leads.has(a.id)));
    const leaders = candidates.slice(0, count);
    const leaderIds = new Set(leaders.map((p) => p.id));
    let next = 0;
    const people = m.people.map((p): Person => {
      if (p.id === top.id) return p;
      if (leaderIds.has(p.id)) return { ...p, managerId: top.id };
      return { ...p, managerId: leaders[next++ % count]!.id };
    });
    return { ...m, people };
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function parallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let i = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (i < items.length) {
        const at = i++;
        out[at] = await work(items[at]!);
      }
    }),
  );
  return out;
}

async function api<T>(
  stack: DemoStack,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  etag?: string,
) {
  const res = await fetch(`${stack.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(etag ? { 'if-match': etag } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** a leader signs in, books one report's annual conversation and saves a first referat text */
async function prepareLeader(stack: DemoStack, leader: Person, employee: Person): Promise<LoadLeader> {
  const signIn = await fetch(`${stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId: leader.id }),
  });
  const { accessToken: token } = (await signIn.json()) as { accessToken: string };
  const { slots } = await api<{ slots: { start: string }[] }>(
    stack,
    token,
    'POST',
    '/conversations/suggestions',
    { employeeId: employee.id, kind: 'annual' },
  );
  if (!slots[0]) throw new Error(`no free time for ${leader.id} and ${employee.id}`);
  const { conversation } = await api<{ conversation: { id: string } }>(
    stack,
    token,
    'POST',
    '/conversations',
    {
      employeeId: employee.id,
      kind: 'annual',
      start: slots[0].start,
      location: null,
      online: true,
    },
  );
  const path = `/conversations/${conversation.id}/referat`;
  const opened = await api<ReferatView>(stack, token, 'GET', path);
  const sectionId = opened.referat.sections[0]!.sectionId;
  const saved = await api<ReferatView>(
    stack,
    token,
    'PATCH',
    path,
    { type: 'section', sectionId, agreedText: 'Første utkast.' },
    opened.etag,
  );
  return { token, conversationId: conversation.id, sectionId, etag: saved.etag };
}

function runLeaders(plan: LoadPlan): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-client.ts', import.meta.url), { workerData: plan });
    worker.once('message', (message: LoadReport | { failed: string }) => {
      void worker.terminate();
      if ('failed' in message) reject(new Error(message.failed));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}

/** server and Azurite CPU ms per timed request: what a request costs, however busy the machine was */
function cpuPerRequest(
  from: ReturnType<typeof serverCpuMs>,
  to: ReturnType<typeof serverCpuMs>,
  requests: number,
): BenchResult[] {
  if (!from || !to || requests === 0) return [];
  const per = (ms: number) => Number((ms / requests).toFixed(2));
  return [
    { name: 'api_server_cpu_ms_per_request', value: per(to.server - from.server), unit: 'ms' },
    { name: 'api_azurite_cpu_ms_per_request', value: per(to.azurite - from.azurite), unit: 'ms' },
  ];
}

export async function benchLoad(): Promise<BenchResult[]> {
  const today = osloToday(new Date());
  const stack = await startDemoStack({
    inMemory: true,
    port: 0,
    today,
    reshape: withLeaders(LEADERS, today),
    outboxIntervalMs: null,
    noticeIntervalMs: null,
    reminderIntervalMs: null,
  });
  try {
    const { people } = stack.municipality;
    const reportsOf = (id: string) => people.filter((p) => p.managerId === id);
    const leaders = people.filter((p) => p.managerId !== null && reportsOf(p.id).length > 0);
    if (leaders.length !== LEADERS) throw new Error(`expected ${LEADERS} leaders, got ${leaders.length}`);
    const prepared = await parallel(leaders, SETUP_CONCURRENCY, (leader) =>
      prepareLeader(stack, leader, reportsOf(leader.id)[0]!),
    );
    // CPU from the end of the ramp to the end, when the latencies are timed too
    let cpuAtRampEnd: ReturnType<typeof serverCpuMs> = null;
    const rampEnd = setTimeout(() => (cpuAtRampEnd = serverCpuMs()), RAMP_MS);
    const report = await runLeaders({
      url: stack.url,
      leaders: prepared,
      rampMs: RAMP_MS,
      durationMs: DURATION_MS,
      typingMs: TYPING_MS,
      autosaveDelayMs: AUTOSAVE_DELAY_MS,
      savesPerOverview: SAVES_PER_OVERVIEW,
    });
    clearTimeout(rampEnd);
    const cpuAtEnd = serverCpuMs();
    if (report.firstErrors.length > 0) console.error('load: first errors', report.firstErrors);
    for (const [route, ms] of Object.entries(report.latenciesByRoute)) {
      const byRoute = [...ms].sort((a, b) => a - b);
      console.error(
        `load: ${route} n=${byRoute.length} p50=${percentile(byRoute, 50).toFixed(0)} p95=${percentile(byRoute, 95).toFixed(0)} ms`,
      );
    }
    const sorted = [...report.latenciesMs].sort((a, b) => a - b);
    const seconds = report.elapsedMs / 1000;
    return [
      { name: 'api_leaders', value: LEADERS, unit: 'concurrent' },
      { name: 'api_requests', value: sorted.length, unit: 'requests' },
      { name: 'api_rps', value: Number((sorted.length / seconds).toFixed(1)), unit: 'req/s' },
      { name: 'api_p50_ms', value: Number(percentile(sorted, 50).toFixed(1)), unit: 'ms' },
      { name: 'api_p95_ms', value: Number(percentile(sorted, 95).toFixed(1)), unit: 'ms' },
      { name: 'api_p99_ms', value: Number(percentile(sorted, 99).toFixed(1)), unit: 'ms' },
      { name: 'api_errors', value: report.errors, unit: 'errors' },
      { name: 'api_conflicts', value: report.conflicts, unit: '409s' },
      ...cpuPerRequest(cpuAtRampEnd, cpuAtEnd, sorted.length),
    ];
  } finally {
    await stack.stop();
  }
}
