// Shared set-up for the scheduling tests: the demo stack at a fixed moment, signed-in callers, and a
// Calendar adapter of our own to look into the emulated Outlook calendars the way Graph would show them.
import { createGraphCalendar } from '../../../src/adapters/graph/calendar';
import { createGraphClient } from '../../../src/adapters/graph/client';
import type { Person } from '../../../src/core/org';
import { emulatorToken } from '../../../src/demo/graph-emulator';
import type { Calendar } from '../../../src/ports/calendar';
import { startDemoStack, type DemoStack, type DemoStackOptions } from '../../../src/server/demo-stack';
import { createGraphRecorder } from '../../contract/recorder';
import { demoTokens } from '../fixtures/demo-tokens';

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** Monday 23 November 2026, 10:00 in Oslo */
export const NOW = new Date('2026-11-23T09:00:00Z');

export interface Scheduling {
  stack: DemoStack;
  graph: ReturnType<typeof createGraphRecorder>;
  outlook: Calendar;
  call<T = ErrorBody>(
    personId: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  leader(): Person;
  /** a demo access token for a person (cached) */
  token(personId: string): Promise<string>;
  reportsOf(leaderId: string): Person[];
}

/** `options`: what a test changes of the stack (e.g. no notice worker) */
export async function startScheduling(options: Partial<DemoStackOptions> = {}): Promise<Scheduling> {
  const graph = createGraphRecorder();
  const stack = await startDemoStack({
    inMemory: true,
    port: 0,
    today: '2026-11-23',
    clock: { now: () => NOW },
    onGraphExchange: graph.record,
    ...options,
  });
  const client = createGraphClient({ baseUrl: stack.graphUrl, getToken: async () => emulatorToken({}) });
  const token = demoTokens(stack.url);
  const reportsOf = (leaderId: string) => stack.municipality.people.filter((p) => p.managerId === leaderId);
  return {
    stack,
    graph,
    outlook: createGraphCalendar({ client }),
    async call<T>(personId: string, method: string, path: string, body?: unknown) {
      const res = await fetch(`${stack.url}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${await token(personId)}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    token,
    leader() {
      const leaders = stack.municipality.people.filter((p) => reportsOf(p.id).length > 0);
      return leaders.sort((a, b) => reportsOf(b.id).length - reportsOf(a.id).length)[0]!;
    },
    reportsOf,
  };
}
