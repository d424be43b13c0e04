// Writing and signing the referat through the API: autosave with versions, private notes that never reach
// the employee, the leader signs before the employee, and a change after signing voids the signatures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferatView } from '../../src/app/open-referat';
import { readPastConversations } from '../../src/app/past-conversations';
import { processArchiveOutbox } from '../../src/app/process-archive-outbox';
import { SHARED_NEEDS } from '../../src/app/shared-needs';
import { osloDateOf } from '../../src/core/calendar/oslo';
import type { Conversation } from '../../src/core/conversation';
import type { FreeSlot } from '../../src/core/scheduling/slots';
import { startScheduling, type Scheduling } from './scheduling/helpers';

let s: Scheduling;
let conversation: Conversation;
let leaderId: string;
let employeeId: string;

beforeAll(async () => {
  s = await startScheduling();
  const leader = s.leader();
  const employee = s.reportsOf(leader.id)[0]!;
  [leaderId, employeeId] = [leader.id, employee.id];
  const { body } = await s.call<{ slots: FreeSlot[] }>(leaderId, 'POST', '/conversations/suggestions', {
    employeeId,
    kind: 'annual',
  });
  const booked = await s.call<{ conversation: Conversation }>(leaderId, 'POST', '/conversations', {
    employeeId,
    kind: 'annual',
    start: body.slots[0]!.start,
    location: null,
    online: true,
  });
  conversation = booked.body.conversation;
});
afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

const path = () => `/conversations/${conversation.id}/referat`;

async function patch(userId: string, etag: string, change: unknown) {
  const res = await fetch(`${s.stack.url}/api${path()}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${await tokenOf(userId)}`,
      'content-type': 'application/json',
      'if-match': etag,
    },
    body: JSON.stringify(change),
  });
  return { status: res.status, body: (await res.json()) as ReferatView & { error?: { code: string } } };
}

async function tokenOf(personId: string): Promise<string> {
  const res = await fetch(`${s.stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

describe('the referat', () => {
  it('starts from the template for the conductor; the employee sees it without the private notes', async () => {
    const opened = await s.call<ReferatView>(leaderId, 'GET', path());
    expect(opened.status).toBe(200);
    expect(opened.body.role).toBe('conductor');
    expect(opened.body.referat.sections.length).toBeGreaterThan(3);

    const noted = await patch(leaderId, opened.body.etag, {
      type: 'private-notes',
      notes: { text: 'Virker sliten – følg opp sykefravær' },
    });
    expect(noted.status).toBe(200);
    const asEmployee = await s.call<ReferatView>(employeeId, 'GET', path());
    expect(asEmployee.body.role).toBe('employee');
    expect(JSON.stringify(asEmployee.body)).not.toContain('sliten');
  });

  it('saves each change against the version it was made on; a stale version changes nothing', async () => {
    const { body } = await s.call<ReferatView>(leaderId, 'GET', path());
    const sectionId = body.referat.sections[0]!.sectionId;
    const first = await patch(leaderId, body.etag, {
      type: 'section',
      sectionId,
      agreedText: 'Målene er nådd.',
    });
    expect(first.status).toBe(200);
    // a second tab still holding the old version
    const stale = await patch(leaderId, body.etag, {
      type: 'section',
      sectionId,
      agreedText: 'Overskrevet!',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('conflict');
    const now = await s.call<ReferatView>(leaderId, 'GET', path());
    expect(now.body.referat.sections[0]!.agreedText).toBe('Målene er nådd.');
    // only the conductor writes
    expect((await patch(employeeId, now.body.etag, { type: 'held-on', date: null })).status).toBe(403);
  });

  it('is signed by the leader first, then the employee, each on the content they saw (000 2.4)', async () => {
    let view = (await s.call<ReferatView>(leaderId, 'GET', path())).body;
    view = (
      await patch(leaderId, view.etag, {
        type: 'add-action',
        action: {
          id: 'a1',
          what: 'Kurs i journalføring (DIPS)',
          responsibleId: employeeId,
          responsibleName: 'Medarbeideren',
          deadline: '2027-03-01',
          sharedNeed: true,
        },
      })
    ).body;
    const early = await s.call(employeeId, 'POST', `${path()}/approve`, { contentHash: view.contentHash });
    expect(early.status).toBe(409);
    const wrongHash = await s.call(leaderId, 'POST', `${path()}/approve`, { contentHash: '0'.repeat(64) });
    expect(wrongHash.status).toBe(409);

    const leaderSigned = await s.call<ReferatView>(leaderId, 'POST', `${path()}/approve`, {
      contentHash: view.contentHash,
    });
    expect(leaderSigned.body.fullyApproved).toBe(false);
    const employeeSigned = await s.call<ReferatView>(employeeId, 'POST', `${path()}/approve`, {
      contentHash: view.contentHash,
    });
    expect(employeeSigned.body.fullyApproved).toBe(true);
    expect(employeeSigned.body.referat.approvals.map((a) => a.role)).toEqual(['leader', 'employee']);

    // filed: held in the history, and the shared need counted without names
    const history = await readPastConversations(s.stack.store, employeeId);
    // no "held on" date was written, so the meeting's own day counts
    expect(history).toContainEqual({
      personId: employeeId,
      kind: 'annual',
      date: osloDateOf(conversation.start),
    });
    const needs = await s.stack.store.list<{ needs: string[]; unit: string | null }>(SHARED_NEEDS, '2026');
    const row = needs.find((n) => n.rowKey === conversation.id)!;
    expect(row.value.needs).toEqual(['Kurs i journalføring (DIPS)']);
    expect(JSON.stringify(row.value)).not.toContain(employeeId);

    // and archived: the outbox files the PDF in the personnel folder and mails the employee a copy
    await processArchiveOutbox(s.stack.archiveDeps, { owner: 'test' });
    const archive = await s.call<{ status: string; webUrl?: string }>(
      leaderId,
      'GET',
      `/conversations/${conversation.id}/archive`,
    );
    expect(archive.body.status).toBe('archived');
    expect(archive.body.webUrl).toMatch(/^https:\/\//);
    const employeeMail = s.stack.municipality.people.find((p) => p.id === employeeId)!.mail;
    const copies = s.stack.graph.mail.sent().filter((m) => m.to.includes(employeeMail));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.from).toBe(leaderId);
    expect(copies[0]!.attachments[0]?.contentType).toBe('application/pdf');
  });

  it('voids both signatures when the content changes afterwards (DESIGN §2.6)', async () => {
    const view = (await s.call<ReferatView>(leaderId, 'GET', path())).body;
    const sectionId = view.referat.sections[1]!.sectionId;
    const changed = await patch(leaderId, view.etag, {
      type: 'section',
      sectionId,
      agreedText: 'Tillegg etterpå.',
    });
    expect(changed.body.fullyApproved).toBe(false);
    expect(changed.body.referat.approvals).toEqual([]);
  });

  it('logs every read and change for HR: who, when, what, where — never the text (DESIGN §6)', async () => {
    await fetch(`${s.stack.url}/api${path()}`, {
      headers: { authorization: `Bearer ${await tokenOf(employeeId)}`, 'x-samtale-surface': 'tab' },
    });
    const hr = s.stack.municipality.people.find((p) => p.roles.includes('hr'))!;
    const log = await s.call<{
      entries: Array<{ actorId: string; action: string; surface: string; part: string | null }>;
    }>(hr.id, 'GET', `/conversations/${conversation.id}/audit`);
    expect(log.status).toBe(200);
    const actions = log.body.entries.map(
      (e) => `${e.actorId === leaderId ? 'leader' : 'employee'}:${e.action}`,
    );
    expect(actions).toContain('leader:read-referat');
    expect(actions).toContain('leader:edit-referat');
    expect(actions).toContain('leader:approve-referat');
    expect(actions).toContain('employee:approve-referat');
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({ actorId: employeeId, action: 'read-referat', surface: 'tab' }),
    );
    const text = JSON.stringify(log.body);
    expect(text).not.toContain('Målene er nådd');
    expect(text).not.toContain('sliten');
    // only HR reads the log
    expect((await s.call(leaderId, 'GET', `/conversations/${conversation.id}/audit`)).status).toBe(403);
  });

  it('is closed to anyone who is not a party', async () => {
    const stranger = s.stack.municipality.people.find((p) => p.id !== leaderId && p.id !== employeeId)!;
    expect((await s.call(stranger.id, 'GET', path())).status).toBe(403);
  });
});
