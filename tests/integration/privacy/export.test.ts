// Right of access (GDPR art. 15; DESIGN §6): `samtale export --person ID` on the store the server uses, in a
// worked example held through the API on Azurite: a signed and filed annual conversation with private notes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonExport } from '../../../src/app/export-person';
import { PERSONAL_DATA_TABLES } from '../../../src/app/personal-data-tables';
import type { Conversation } from '../../../src/core/conversation';
import { startScheduling, type Scheduling } from '../scheduling/helpers';
import { AGREED, holdConversation, NOTES, samtale } from './privacy-fixture';

let s: Scheduling;
let conversation: Conversation;
let leaderId: string;
let employeeId: string;
let otherId: string;

beforeAll(async () => {
  s = await startScheduling();
  const leader = s.leader();
  [leaderId, employeeId, otherId] = [leader.id, s.reportsOf(leader.id)[0]!.id, s.reportsOf(leader.id)[1]!.id];
  conversation = await holdConversation(s, leaderId, employeeId, { slot: 0, file: true });
  // the employee reads it in the tab, so the log holds entries by them too
  await s.call(employeeId, 'GET', `/conversations/${conversation.id}/referat`);
}, 120_000);
afterAll(async () => {
  await s?.stack.stop();
});

async function exportOf(personId: string): Promise<PersonExport> {
  const run = await samtale(s, ['export', '--person', personId, '--out', 'out.json']);
  expect(run.stderr).toMatch(/out\.json: \d+ rows from \d+ tables/);
  expect(run.code).toBe(0);
  return JSON.parse(run.files.get('out.json')!) as PersonExport;
}

describe('samtale export --person', () => {
  it("gives the employee their conversation, referat, plan, history and the log about them, without the leader's notes", async () => {
    const out = await exportOf(employeeId);
    expect(out).toMatchObject({
      format: 'samtale-personal-data-export',
      schemaVersion: 1,
      personId: employeeId,
    });
    expect(out.conversations).toEqual([{ id: conversation.id, role: 'employee' }]);
    const referat = out.sections.referats?.[0];
    expect(referat).toMatchObject({ table: 'referats', partitionKey: conversation.id, role: 'employee' });
    expect(JSON.stringify(referat)).toContain(AGREED);
    expect(JSON.stringify(referat)).toContain('Prosjektlederkurs');
    // offl. § 13 jf. fvl. § 13, DESIGN §6: the conductor's private notes are the leader's, not in this export
    expect(JSON.stringify(out)).not.toContain(NOTES.slice(0, 20));
    expect(out.sections.history?.map((r) => r.value)).toContainEqual(
      expect.objectContaining({ personId: employeeId, kind: 'annual' }),
    );
    expect(out.sections.archive?.length).toBeGreaterThan(0);
    const audit = out.sections.audit ?? [];
    expect(audit.some((r) => (r.value as { actorId: string }).actorId === employeeId)).toBe(true);
    expect(audit.some((r) => (r.value as { actorId: string }).actorId === leaderId)).toBe(true);
    // notices sent to them (the referat to approve, the copy) are theirs
    expect(out.sections.notices?.every((r) => r.partitionKey === employeeId || r.role !== 'self')).toBe(true);
    // every table of the store was walked and said what it holds
    expect(out.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['conversations', 'referats', 'audit']),
    );
  });

  it('gives the conductor the conversations they held, with their private notes', async () => {
    const out = await exportOf(leaderId);
    expect(out.conversations).toContainEqual({ id: conversation.id, role: 'conductor' });
    const referat = out.sections.referats?.find((r) => r.partitionKey === conversation.id);
    expect(referat?.role).toBe('conductor');
    expect(JSON.stringify(referat?.value)).toContain(NOTES);
    // the leader's own side only: the employee's preparation is the employee's
    expect(out.sections.preparations?.every((r) => r.rowKey === 'leader') ?? true).toBe(true);
    // the employee's copy of the referat went from the leader's mailbox and waits to be removed from it
    // (the mail copy queue, five minutes after the send; this stack's clock stands still): their use of it
    expect(out.sections.mailCopies).toEqual([
      expect.objectContaining({
        table: 'mailCopyRemovals',
        role: 'mentioned',
        value: expect.objectContaining({ senderId: leaderId, key: expect.stringContaining(conversation.id) }),
      }),
    ]);
  });

  it('gives another employee of the same leader nothing of this conversation', async () => {
    const out = await exportOf(otherId);
    expect(out.conversations).toEqual([]);
    expect(JSON.stringify(out)).not.toContain(conversation.id);
    expect(JSON.stringify(out)).not.toContain(AGREED);
  });

  it('refuses bad usage with exit 2 and writes nothing', async () => {
    const run = await samtale(s, ['export', '--person', 'not-a-guid']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect((await samtale(s, ['export'])).code).toBe(2);
  });

  it('names every table the code stores in, as personal data, an index or nothing personal', () => {
    // the table names of src/app and src/server, as `const X = 'name'` passed to the Store port
    const names = new Set<string>();
    for (const dir of ['src/app', 'src/server/demo']) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        for (const m of text.matchAll(/const ([A-Z_]+) = '([A-Za-z0-9]+)';/g)) {
          const used = new RegExp(`store\\.(get|insert|put|delete|list)(<[^>]*>)?\\(\\s*${m[1]}\\b`);
          if (used.test(text)) names.add(m[2]!);
        }
        for (const m of text.matchAll(
          /store\.(?:get|insert|put|delete|list)(?:<[^>]*>)?\(\s*'([A-Za-z0-9]+)'/g,
        ))
          names.add(m[1]!);
      }
    }
    expect(names.size).toBeGreaterThan(25);
    expect([...names].filter((n) => !(n in PERSONAL_DATA_TABLES))).toEqual([]);
  });

  it('stops, naming the table, when the store holds one it does not know (a new table is never left out)', async () => {
    await s.stack.store.put('somethingNew', employeeId, 'row', { personId: employeeId });
    const run = await samtale(s, ['export', '--person', employeeId]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('somethingNew');
    expect(run.stderr).toContain('personal-data-tables.ts');
  });
});
