// Issue 9 item 2 for the bot's card actions (DESIGN §6): preparing, submitting, approving and commenting from a
// card each leave one audit entry with the bot as surface, and a refused card one entry that says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferatView } from '../../../src/app/open-referat';
import type { AdaptiveCard } from '../../../src/cards/card';
import type { AuditEntry } from '../../../src/core/audit';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { ofType } from '../../unit/cards/card-query';
import { lastCard, startBotFixture, type BotFixture } from '../bot/bot-fixture';

let f: BotFixture;
let leaderId: string;
let employeeId: string;
let strangerId: string;
let conversationId: string;

const chatOf = (personId: string) => `chat-${personId}`;
const dataOf = (card: AdaptiveCard | undefined, verb: string) =>
  ofType(card, 'Action.Execute').find((a) => a.verb === verb)?.data as Record<string, unknown> | undefined;

async function call<T>(personId: string, method: string, path: string, body?: unknown, ifMatch?: string) {
  const signIn = await fetch(`${f.stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const res = await fetch(`${f.stack.url}/api${path}`, {
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

/** the entries one card action added (by row key: the fixture's clock stands still) */
async function logged(run: () => Promise<AdaptiveCard>) {
  const keys = async () => (await f.stack.store.list('audit', conversationId)).map((r) => r.rowKey);
  const before = new Set(await keys());
  const card = await run();
  const rows = await f.stack.store.list<AuditEntry>('audit', conversationId);
  return { card, added: rows.filter((r) => !before.has(r.rowKey)).map((r) => r.value) };
}

beforeAll(async () => {
  f = await startBotFixture();
  const people = f.stack.municipality.people;
  const reportsOf = (id: string) => people.filter((p) => p.managerId === id);
  const leader = people
    .filter((p) => reportsOf(p.id).length > 0 && p.managerId !== null)
    .sort((a, b) => reportsOf(b.id).length - reportsOf(a.id).length)[0]!;
  [leaderId, employeeId, strangerId] = [leader.id, reportsOf(leader.id)[0]!.id, reportsOf(leader.id)[1]!.id];
  for (const who of [employeeId, leaderId, strangerId])
    await f.activity(f.from(who, { type: 'installationUpdate', action: 'add' }));
  const { slots } = await call<{ slots: { start: string }[] }>(
    leaderId,
    'POST',
    '/conversations/suggestions',
    {
      employeeId,
      kind: 'annual',
    },
  );
  const booked = await call<{ conversation: { id: string } }>(leaderId, 'POST', '/conversations', {
    employeeId,
    kind: 'annual',
    start: slots[0]!.start,
    location: null,
    online: true,
  });
  conversationId = booked.conversation.id;
  await f.deliver();
}, 120_000);
afterAll(async () => {
  await f?.stop();
});

describe('the audit log of card actions', () => {
  it('prepare (a read) and submit (a change) from the card: one entry each, surface bot', async () => {
    const invitation = lastCard(f.posted, chatOf(employeeId));
    const read = await logged(() =>
      f.invoke(employeeId, CARD_VERBS.prepare, dataOf(invitation, CARD_VERBS.prepare)!),
    );
    expect(read.added).toEqual([
      expect.objectContaining({ actorId: employeeId, action: 'read-preparation', surface: 'bot' }),
    ]);
    const submitData = dataOf(read.card, CARD_VERBS.submitPreparation)!;
    const answers = Object.fromEntries(
      [...ofType(read.card, 'Input.Text'), ...ofType(read.card, 'Input.ChoiceSet')].map((q) => [
        q.id as string,
        q.type === 'Input.ChoiceSet' ? 'yes' : 'Mer tid til fagutvikling.',
      ]),
    );
    const sent = await logged(() =>
      f.invoke(employeeId, CARD_VERBS.submitPreparation, { ...submitData, ...answers }),
    );
    expect(sent.added.filter((e) => e.action === 'submit-preparation')).toEqual([
      expect.objectContaining({ actorId: employeeId, surface: 'bot' }),
    ]);
    expect(JSON.stringify(sent.added)).not.toContain('fagutvikling');
  });

  it('a card pressed by someone who is not a party: one refusal entry, nothing shown', async () => {
    const refused = await logged(() =>
      f.invoke(strangerId, CARD_VERBS.accept, { conversationId, cardVersion: 0 }),
    );
    expect(refused.added).toEqual([
      expect.objectContaining({ actorId: strangerId, action: 'refuse-card-action', part: 'not-party' }),
    ]);
  });

  it('approving the referat from the card: one approve entry, surface bot', async () => {
    const path = `/conversations/${conversationId}/referat`;
    let view = await call<ReferatView>(leaderId, 'GET', path);
    view = await call<ReferatView>(
      leaderId,
      'PATCH',
      path,
      { type: 'no-special-actions', value: true },
      view.etag,
    );
    await call(leaderId, 'POST', `${path}/approve`, { contentHash: view.contentHash });
    await f.deliver();
    const approve = dataOf(lastCard(f.posted, chatOf(employeeId)), CARD_VERBS.approveReferat)!;
    const signed = await logged(() => f.invoke(employeeId, CARD_VERBS.approveReferat, approve));
    expect(signed.added.filter((e) => e.action === 'approve-referat')).toEqual([
      expect.objectContaining({ actorId: employeeId, surface: 'bot' }),
    ]);
  });
});
