// What every browser test of a signed-in flow starts from: the demo stack on the real clock (the browser
// checks token expiry against real time), Chromium, the demo's leader and employee personas, and a way to set
// up state through the API as those people.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { osloToday } from '../../src/server/clock';
import { startDemoStack, type DemoStack, type DemoStackOptions } from '../../src/server/demo-stack';
import { ZPersonaList, type Persona } from '../../src/tab/api/schemas';
import { createGraphRecorder } from '../contract/recorder';
import { launchChromium } from './browser';

export const SHOTS = 'test-results/e2e';

export interface BrowserDemo {
  stack: DemoStack;
  browser: Browser;
  /** every Graph call behind the pages, held to Microsoft's metadata at the end */
  graph: ReturnType<typeof createGraphRecorder>;
  /** the first leader persona; they lead the employee persona's team (src/demo/municipality/personas.ts) */
  leader: Persona;
  employee: Persona;
}

/** `extra`: more of the stack, e.g. the Agents Playground (playgroundPort) for the bot's test */
export async function startBrowserDemo(
  extra: Pick<DemoStackOptions, 'playgroundPort' | 'dataDir'> = {},
): Promise<BrowserDemo> {
  mkdirSync(SHOTS, { recursive: true });
  const graph = createGraphRecorder();
  const stack = await startDemoStack({
    port: 0,
    inMemory: true,
    today: osloToday(new Date()),
    onGraphExchange: graph.record,
    ...extra,
  });
  const browser = await launchChromium();
  const { personas } = ZPersonaList.parse(await (await fetch(`${stack.url}/api/demo/personas`)).json());
  const leader = personas.find((p) => p.role === 'leader')!;
  const employee = personas.find((p) => p.role === 'employee')!;
  return { stack, browser, graph, leader, employee };
}

export async function stopBrowserDemo(demo: BrowserDemo | undefined): Promise<void> {
  await demo?.browser.close();
  await demo?.stack.stop();
  demo?.graph.assertAllValid();
}

/** One API call as a demo person; anything but 2xx fails the test with the server's answer. */
export async function callApi<T>(
  baseUrl: string,
  personId: string,
  method: string,
  path: string,
  body?: unknown,
  ifMatch?: string,
): Promise<T> {
  const signIn = await fetch(`${baseUrl}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${accessToken}`,
      'content-type': 'application/json',
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Books the employee's annual conversation at the first suggested time, as the leader; returns its id. */
export async function bookAnnual(demo: BrowserDemo): Promise<string> {
  const url = demo.stack.url;
  const { slots } = await callApi<{ slots: { start: string }[] }>(
    url,
    demo.leader.personId,
    'POST',
    '/conversations/suggestions',
    { employeeId: demo.employee.personId, kind: 'annual' },
  );
  const booked = await callApi<{ conversation: { id: string } }>(
    url,
    demo.leader.personId,
    'POST',
    '/conversations',
    {
      employeeId: demo.employee.personId,
      kind: 'annual',
      start: slots[0]!.start,
      location: null,
      online: true,
    },
  );
  return booked.conversation.id;
}
