// Issue 9 item 2, DESIGN §6: every read and change of a conversation's content is in the audit log (who, when,
// what, through which surface), the log is append-only, and HR reads it per conversation without the content.
// This walks each content route through the surfaces that call it (the tab, the Outlook task pane, the API;
// the bot's card actions in audit-bot.test.ts) and asserts one entry per call.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/core/audit';
import type { Conversation } from '../../../src/core/conversation';
import { startScheduling, type Scheduling } from '../scheduling/helpers';
import { AGREED, holdConversation, NOTES } from './privacy-fixture';

let s: Scheduling;
let leaderId: string;
let employeeId: string;
let signed: Conversation;
let open: Conversation;

beforeAll(async () => {
  s = await startScheduling({ noticeIntervalMs: null });
  const leader = s.leader();
  [leaderId, employeeId] = [leader.id, s.reportsOf(leader.id)[0]!.id];
  signed = await holdConversation(s, leaderId, employeeId, { slot: 0, file: false });
  open = await holdConversation(s, leaderId, employeeId, { slot: 1, file: false, sign: false });
}, 120_000);
afterAll(async () => {
  await s?.stack.stop();
});

async function request(
  who: string,
  surface: 'tab' | 'outlook' | null,
  method: string,
  route: string,
  body?: unknown,
) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await s.token(who)}`,
    'content-type': 'application/json',
  };
  if (surface) headers['x-samtale-surface'] = surface;
  // reads first: a change needs the version the caller saw
  if (method !== 'GET' && method !== 'POST') {
    const seen = await fetch(`${s.stack.url}/api${route}`, { headers });
    const etag = seen.headers.get('etag');
    if (etag) headers['if-match'] = etag;
  }
  const res = await fetch(`${s.stack.url}/api${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** the entries a call added; by row key, since the test's clock stands still and entries share one instant */
async function entriesAfter(conversationId: string, call: () => Promise<{ status: number }>) {
  const keys = async () => (await s.stack.store.list('audit', conversationId)).map((r) => r.rowKey);
  const before = new Set(await keys());
  const { status } = await call();
  const rows = await s.stack.store.list<AuditEntry>('audit', conversationId);
  return { status, added: rows.filter((r) => !before.has(r.rowKey)).map((r) => r.value) };
}

describe('the audit log across surfaces', () => {
  const steps: Array<{
    name: string;
    who: () => string;
    surface: 'tab' | 'outlook' | null;
    method: string;
    route: () => string;
    body?: () => unknown;
    logged: () => { conversationId: string; action: AuditEntry['action']; part?: string | null };
  }> = [
    {
      name: 'employee reads the signed plan (API)',
      who: () => employeeId,
      surface: null,
      method: 'GET',
      route: () => `/conversations/${signed.id}/actions`,
      logged: () => ({ conversationId: signed.id, action: 'read-actions' }),
    },
    {
      name: 'employee ticks an action off (tab)',
      who: () => employeeId,
      surface: 'tab',
      method: 'PATCH',
      route: () => `/actions/${signed.id}/a1`,
      body: () => ({ done: true }),
      logged: () => ({ conversationId: signed.id, action: 'update-action', part: 'a1' }),
    },
    {
      name: 'employee opens Mine tiltak (tab)',
      who: () => employeeId,
      surface: 'tab',
      method: 'GET',
      route: () => '/actions/mine',
      logged: () => ({ conversationId: signed.id, action: 'read-actions' }),
    },
    {
      name: "leader reads last year's plan for the next conversation (tab)",
      who: () => leaderId,
      surface: 'tab',
      method: 'GET',
      route: () => `/conversations/${open.id}/previous-plan`,
      logged: () => ({ conversationId: signed.id, action: 'read-actions', part: 'previous-plan' }),
    },
    {
      name: 'employee opens the preparation (Outlook task pane)',
      who: () => employeeId,
      surface: 'outlook',
      method: 'GET',
      route: () => `/conversations/${open.id}/preparation`,
      logged: () => ({ conversationId: open.id, action: 'read-preparation' }),
    },
    {
      name: 'employee saves the preparation (Outlook task pane)',
      who: () => employeeId,
      surface: 'outlook',
      method: 'PUT',
      route: () => `/conversations/${open.id}/preparation`,
      body: () => ({ answers: {} }),
      logged: () => ({ conversationId: open.id, action: 'save-preparation' }),
    },
    {
      name: 'leader opens the referat (tab)',
      who: () => leaderId,
      surface: 'tab',
      method: 'GET',
      route: () => `/conversations/${open.id}/referat`,
      logged: () => ({ conversationId: open.id, action: 'read-referat' }),
    },
    {
      name: 'leader changes the private notes (tab)',
      who: () => leaderId,
      surface: 'tab',
      method: 'PATCH',
      route: () => `/conversations/${open.id}/referat`,
      body: () => ({ type: 'private-notes', notes: { text: `${NOTES} igjen` } }),
      logged: () => ({ conversationId: open.id, action: 'edit-referat', part: 'private-notes' }),
    },
    {
      name: 'employee reads the referat (Outlook task pane)',
      who: () => employeeId,
      surface: 'outlook',
      method: 'GET',
      route: () => `/conversations/${open.id}/referat`,
      logged: () => ({ conversationId: open.id, action: 'read-referat' }),
    },
  ];

  for (const step of steps) {
    it(`${step.name}: one entry with who, when, what and where`, async () => {
      const { status, added } = await entriesAfter(step.logged().conversationId, () =>
        request(step.who(), step.surface, step.method, step.route(), step.body?.()),
      );
      expect(status).toBe(200);
      const expected = step.logged();
      const match = added.filter((e) => e.action === expected.action);
      expect(match).toHaveLength(1);
      expect(match[0]).toMatchObject({
        actorId: step.who(),
        surface: step.surface ?? 'api',
        ...(expected.part === undefined ? {} : { part: expected.part }),
      });
      expect(Date.parse(match[0]!.at)).not.toBeNaN();
    });
  }

  it('HR reads the log of a conversation, never its content; nobody else reads it', async () => {
    const hr = s.stack.municipality.people.find((p) => p.roles.includes('hr'))!;
    const log = await s.call<{ entries: AuditEntry[] }>(hr.id, 'GET', `/conversations/${open.id}/audit`);
    expect(log.status).toBe(200);
    expect(log.body.entries.length).toBeGreaterThan(3);
    const text = JSON.stringify(log.body);
    for (const content of [AGREED, NOTES, 'Prosjektlederkurs']) expect(text).not.toContain(content);
    expect((await s.call(employeeId, 'GET', `/conversations/${open.id}/audit`)).status).toBe(403);
    expect((await s.call(leaderId, 'GET', `/conversations/${open.id}/audit`)).status).toBe(403);
  });

  it('is append-only: nothing in src updates or deletes an audit row', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) files.push(full);
      }
    };
    walk('src');
    const touching = files.filter((f) => /['"]audit['"]/.test(readFileSync(f, 'utf8')));
    // the table's name is written once, in the log's own module, which only inserts and lists
    expect(touching.filter((f) => /= 'audit';/.test(readFileSync(f, 'utf8')))).toEqual([
      path.join('src', 'app', 'audit-log.ts'),
    ]);
    const log = readFileSync('src/app/audit-log.ts', 'utf8');
    expect(log).toMatch(/store\.insert\(AUDIT/);
    expect(log).not.toMatch(/store\.(put|delete)\(AUDIT/);
    for (const f of files)
      expect(readFileSync(f, 'utf8')).not.toMatch(/store\.(put|delete)\(\s*['"]audit['"]/);
  });
});
