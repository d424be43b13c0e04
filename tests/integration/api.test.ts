// The HTTP API on the demo stack: Azurite, the Graph emulator (through the real adapter) and the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../../src/server/demo-stack';
import { mostUrgent } from '../../src/app/team-due';
import { computeDueList } from '../../src/core/due/due-list';
import { resolvePolicy } from '../../src/core/policy/resolve';
import { createGraphRecorder } from '../contract/recorder';

let stack: DemoStack;
// Every Graph request the server makes here is held to Microsoft's published contract.
const graph = createGraphRecorder();

beforeAll(async () => {
  stack = await startDemoStack({
    inMemory: true,
    today: '2026-11-23',
    clock: { now: () => new Date('2026-11-23T09:00:00Z') },
    port: 0,
    onGraphExchange: graph.record,
  });
});
afterAll(async () => {
  await stack?.stop();
  graph.assertAllValid();
});

async function signIn(personId: string): Promise<string> {
  const res = await fetch(`${stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { accessToken: string };
  return body.accessToken;
}

function get(path: string, token?: string, headers: Record<string, string> = {}) {
  return fetch(`${stack.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}`, ...headers } : headers,
  });
}

function leaderWithMostReports() {
  const { people } = stack.municipality;
  const counts = new Map<string, number>();
  for (const p of people) if (p.managerId) counts.set(p.managerId, (counts.get(p.managerId) ?? 0) + 1);
  const [leaderId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return people.find((p) => p.id === leaderId)!;
}

describe('API on the demo stack', () => {
  it('answers health and public config without a token', async () => {
    expect(await (await get('/healthz')).json()).toEqual({ status: 'ok', mode: 'demo' });
    const config = await (await get('/api/config')).json();
    expect(config).toMatchObject({ mode: 'demo', tenantId: stack.municipality.tenantId });
  });

  it('refuses the API without a valid token, in the caller’s language', async () => {
    const none = await get('/api/me', undefined, { 'accept-language': 'nn-NO' });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      error: { code: 'unauthenticated', message: 'Du må logge inn på nytt.' },
    });
    expect((await get('/api/team', 'forged.token.value')).status).toBe(401);
  });

  it('shows a leader their direct reports, read from the Graph emulator, with history from storage', async () => {
    const leader = leaderWithMostReports();
    const token = await signIn(leader.id);
    const me = await (await get('/api/me', token)).json();
    expect(me).toMatchObject({
      id: leader.id,
      displayName: leader.displayName,
      roles: ['employee', 'leader'],
    });

    const res = await get('/api/team', token);
    expect(res.status).toBe(200);
    const { members } = (await res.json()) as {
      members: Array<{ id: string; lastAnnualConversation: string | null }>;
    };
    const expected = stack.municipality.people.filter((p) => p.managerId === leader.id).map((p) => p.id);
    expect(members.map((m) => m.id).sort()).toEqual([...expected].sort());

    const history = stack.municipality.history.filter(
      (h) => h.kind === 'annual' && expected.includes(h.personId),
    );
    for (const member of members) {
      const dates = history
        .filter((h) => h.personId === member.id)
        .map((h) => h.date)
        .sort();
      expect(member.lastAnnualConversation).toBe(dates.at(-1) ?? null);
    }
  });

  it('puts what is due first: each report’s most urgent conversation, by the same rules as the due list', async () => {
    const leader = leaderWithMostReports();
    const { members } = (await (await get('/api/team', await signIn(leader.id))).json()) as {
      members: Array<{ id: string; nextDue: { kind: string; dueDate: string; status: string } | null }>;
    };
    // the directory carries the leave date (employeeLeaveDateTime), so a leaver's sluttsamtale shows (000 5)
    const team = stack.municipality.people.filter((p) => p.managerId === leader.id);
    const due = computeDueList({
      today: '2026-11-23',
      people: team,
      history: stack.municipality.history,
      policy: resolvePolicy({}),
    });
    for (const member of members) {
      const expected = mostUrgent(due.find((d) => d.personId === member.id)?.items ?? []);
      expect(member.nextDue, member.id).toMatchObject(
        expected ? { kind: expected.kind, dueDate: expected.dueDate, status: expected.status } : {},
      );
    }
    const rank = { overdue: 0, due: 1, upcoming: 2, offered: 3, exempt: 4 } as Record<string, number>;
    const ranks = members.map((m) => (m.nextDue ? rank[m.nextDue.status]! : 5));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0); // this team has someone overdue, and they come first
    // inside a status the earliest deadline comes first: a follow-up due in January before an annual in June
    for (let i = 1; i < members.length; i++) {
      const [before, after] = [members[i - 1]!.nextDue, members[i]!.nextDue];
      if (before && after && before.status === after.status)
        expect(before.dueDate <= after.dueDate, `${before.dueDate} before ${after.dueDate}`).toBe(true);
    }
  });

  it('tells someone who leads nobody that they are not a leader', async () => {
    const employee = stack.municipality.people.find(
      (p) => !stack.municipality.people.some((q) => q.managerId === p.id),
    )!;
    const res = await get('/api/team', await signIn(employee.id));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not-a-leader');
  });

  it('gives HR its role from the app role in the token', async () => {
    const hr = stack.municipality.people.find((p) => p.roles.includes('hr'))!;
    const me = await (await get('/api/me', await signIn(hr.id))).json();
    expect(me.roles).toContain('hr');
  });

  it('rejects bad sign-in input with the field path and signs nobody in', async () => {
    const bad = await fetch(`${stack.url}/api/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: 42 }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('body.personId');
    const unknown = await fetch(`${stack.url}/api/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(unknown.status).toBe(404);
  });

  it('allows framing only by Teams, Outlook and Office hosts', async () => {
    const csp = (await get('/healthz')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://teams.microsoft.com");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/frame-ancestors[^;]*\*(;|\s|$)/);
  });

  it('serves the Outlook ribbon icons the manifest points to', async () => {
    for (const size of [16, 32, 80]) {
      const res = await get(`/outlook/icons/icon-${size}.png`);
      expect(res.status, `icon-${size}.png`).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
  });

  it('answers an unknown API path with a JSON 404, and leaves /api/messages to the bot', async () => {
    const token = await signIn(leaderWithMostReports().id);
    const missing = await get('/api/nothing-here', token);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
    // the bot (Teams SDK through HonoBotAdapter) answers there: a body that is no activity is its 400,
    // not the API's 404; what it does with real activities is the bot's tests' (bot-playground e2e)
    const bot = await fetch(`${stack.url}/api/messages`, { method: 'POST' });
    expect(bot.status).toBe(400);
  });
});
