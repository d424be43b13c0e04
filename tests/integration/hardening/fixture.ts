// The demo stack for the hardening tests: a fixed day, no background timers (each test drives what it needs),
// the Graph recorder on every exchange, signed-in calls as any demo person, and a booked conversation.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Person } from '../../../src/core/org';
import { startDemoStack, type DemoStack, type DemoStackOptions } from '../../../src/server/demo-stack';
import { createGraphRecorder } from '../../contract/recorder';
import { demoTokens } from '../fixtures/demo-tokens';

export const NOW = new Date('2026-11-23T09:00:00Z');

export interface Answer<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface HardeningStack {
  stack: DemoStack;
  graph: ReturnType<typeof createGraphRecorder>;
  call<T = { error: { code: string; message: string; field?: string } }>(
    personId: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  token(personId: string): Promise<string>;
  /** a leader with at least `min` reports, and those reports */
  leaderWithReports(min: number): { leader: Person; reports: Person[] };
  /** the leader books the employee's annual conversation at the first suggested time; its id */
  bookAnnual(leaderId: string, employeeId: string): Promise<string>;
  stop(): Promise<void>;
}

/** `persistent`: Azurite keeps its data in a temporary folder, so it can be restarted without losing it */
export async function startHardeningStack(
  options: { persistent?: boolean } & Partial<DemoStackOptions> = {},
): Promise<HardeningStack> {
  const { persistent, ...rest } = options;
  const graph = createGraphRecorder();
  const dataDir = persistent ? await mkdtemp(path.join(tmpdir(), 'samtale-hardening-')) : undefined;
  const stack = await startDemoStack({
    inMemory: !persistent,
    dataDir,
    today: '2026-11-23',
    clock: { now: () => NOW },
    onGraphExchange: graph.record,
    outboxIntervalMs: null,
    noticeIntervalMs: null,
    reminderIntervalMs: null,
    ...rest,
  });
  const token = demoTokens(stack.url);
  async function call<T>(
    personId: string,
    method: string,
    apiPath: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const res = await fetch(`${stack.url}/api${apiPath}`, {
      method,
      headers: {
        authorization: `Bearer ${await token(personId)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as T };
  }
  const reportsOf = (id: string) => stack.municipality.people.filter((p) => p.managerId === id);
  return {
    stack,
    graph,
    call,
    token,
    leaderWithReports(min) {
      const leader = stack.municipality.people.find((p) => p.managerId && reportsOf(p.id).length >= min);
      if (!leader) throw new Error(`no leader with ${min} reports`);
      return { leader, reports: reportsOf(leader.id) };
    },
    async bookAnnual(leaderId, employeeId) {
      const suggested = await call<{ slots: { start: string }[] }>(
        leaderId,
        'POST',
        '/conversations/suggestions',
        { employeeId, kind: 'annual' },
      );
      const start = suggested.body.slots[0]?.start;
      if (!start) throw new Error(`no free time for ${employeeId}: ${JSON.stringify(suggested.body)}`);
      const booked = await call<{ conversation: { id: string } }>(leaderId, 'POST', '/conversations', {
        employeeId,
        kind: 'annual',
        start,
        location: null,
        online: true,
      });
      if (booked.status !== 200 && booked.status !== 201)
        throw new Error(`booking ${employeeId}: ${booked.status} ${JSON.stringify(booked.body)}`);
      return booked.body.conversation.id;
    },
    async stop() {
      await stack.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      graph.assertAllValid();
    },
  };
}
