// Issue 9: the access matrix's card-action rows. Every verb a card sends is invoked (Action.Execute to
// /api/messages, as Teams sends it) by each role: the parties (the employee, the conductor, and the leader
// a conversation was handed to) get past the party gate, to the version gate (an old card is told to open
// the tab: nothing changes); everyone else, an activity with no person and one from another tenant get the
// not-your-conversation card, no name of the parties, and no write but the audit log's refusal. What each
// party's press then does is walked in tests/integration/bot/bot.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../../src/cards/verbs';
import type { AdaptiveCard } from '../../../src/cards/card';
import { hasText } from '../../unit/cards/card-query';
import { ROLES, startWorld, type Case, type Role, type World, watchWrites } from './world';

let w: World;
let writes: string[] = [];

beforeAll(async () => {
  w = await startWorld();
  writes = watchWrites(w.bot.stack.store);
}, 120_000);
afterAll(async () => {
  await w?.stop();
});

const PARTIES: readonly Role[] = ['employee', 'conductor', 'delegated'];
const rows: string[] = [];

/** the conversation a role presses on, and as whom; anonymous and the other tenant press as its employee */
function pressOf(role: Role): { c: Case; actor: string } {
  const onHanded = role === 'delegated' || role === 'handedOver';
  const c = onHanded ? w.handed : w.main;
  const actor = {
    employee: c.employeeId,
    colleague: w.people.colleague.id,
    conductor: c.conductorId,
    otherLeader: w.people.otherLeader.id,
    hr: w.people.hr.id,
    delegated: c.conductorId,
    handedOver: w.people.leader.id,
    anonymous: c.employeeId,
    otherTenant: c.employeeId,
  }[role];
  return { c, actor };
}

async function press(role: Role, verb: string): Promise<{ card: AdaptiveCard; c: Case }> {
  const { c, actor } = pressOf(role);
  // the party gate comes before the version gate: with version 0 a party gets the out-of-date card
  const data = { conversationId: c.conversation.id, cardVersion: 0 };
  if (role !== 'anonymous' && role !== 'otherTenant')
    return { card: await w.bot.invoke(actor, verb, data), c };
  const fields: Record<string, unknown> = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
  if (role === 'anonymous') fields.from = { id: '29:someone' };
  else {
    fields.conversation = { id: `chat-${actor}`, conversationType: 'personal', tenantId: 'other-tenant' };
    fields.channelData = { tenant: { id: 'other-tenant' } };
  }
  const res = await w.bot.activity(w.bot.from(actor, fields));
  expect(res.status, `${verb} as ${role}`).toBe(200);
  return { card: (res.body as { value: AdaptiveCard }).value, c };
}

describe('card actions in the access matrix (issue 9)', () => {
  it.each(Object.values(CARD_VERBS).filter((v) => v !== CARD_VERBS.refresh))(
    '%s: past the party gate for the parties only, with nothing changed',
    async (verb) => {
      const marks: string[] = [];
      for (const role of ROLES) {
        writes.length = 0;
        const { card, c } = await press(role, verb);
        const allowed = PARTIES.includes(role);
        const cell = `${verb} as ${role}`;
        expect(hasText(card, allowed ? 'Kortet er utdatert' : 'Ikke din samtale'), cell).toBe(true);
        if (!allowed) {
          const text = JSON.stringify(card);
          const names = [c.employeeId, c.conductorId]
            .map((id) => w.bot.stack.municipality.people.find((p) => p.id === id)?.displayName ?? '')
            .filter((n) => n && text.includes(n));
          expect(names, cell).toEqual([]);
        }
        expect(
          // the bot keeps the sender's own chat on their first activity: theirs, not the conversation's
          writes.filter((t) => t !== 'audit' && t !== 'chatReferences'),
          cell,
        ).toEqual([]);
        marks.push(allowed ? '✓' : '✗');
      }
      rows.push(`${verb.padEnd(28)} ${marks.map((m) => m.padStart(3)).join(' ')}`);
    },
    60_000,
  );

  afterAll(() => {
    console.log(
      [
        '',
        'Card actions (✓ past the party gate: an old card is told to open the tab; ✗ the not-your-conversation card; nothing changed in either)',
        `${'verb'.padEnd(28)} ${ROLES.map((_, i) => String(i + 1).padStart(3)).join(' ')}`,
        ...rows,
        ...ROLES.map((r, i) => `  ${i + 1} ${r}`),
      ].join('\n'),
    );
  });
});
