// Issue 9: the access matrix's card-action rows, for the refused cells. Every verb a card sends is invoked
// (Action.Execute to /api/messages, as Teams sends it) on the employee's conversation by each role that is
// not its party, and on the conversation handed over by the leader who handed it over: each gets the
// not-your-conversation card, no name of the parties, and no write but the audit log's refusal. The allowed
// cells (the parties pressing their own cards) are walked in tests/integration/bot/bot.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { hasText } from '../../unit/cards/card-query';
import { startWorld, type World, watchWrites } from './world';

let w: World;
let writes: string[] = [];

beforeAll(async () => {
  w = await startWorld();
  writes = watchWrites(w.bot.stack.store);
}, 120_000);
afterAll(async () => {
  await w?.stop();
});

const REFUSED = ['colleague', 'otherLeader', 'hr', 'handedOver'] as const;
const rows: string[] = [];

describe('card actions in the access matrix (issue 9)', () => {
  it.each(Object.values(CARD_VERBS).filter((v) => v !== CARD_VERBS.refresh))(
    '%s: refused for everyone but the parties, with nothing changed',
    async (verb) => {
      const marks: string[] = [];
      for (const role of REFUSED) {
        const c = role === 'handedOver' ? w.handed : w.main;
        const actor = {
          colleague: w.people.colleague.id,
          otherLeader: w.people.otherLeader.id,
          hr: w.people.hr.id,
          handedOver: w.people.leader.id,
        }[role];
        writes.length = 0;
        const card = await w.bot.invoke(actor, verb, {
          conversationId: c.conversation.id,
          // the party gate comes before the version gate: any version gets the not-your-conversation card
          cardVersion: 0,
        });
        const text = JSON.stringify(card);
        const names = [c.employeeId, c.conductorId]
          .map((id) => w.bot.stack.municipality.people.find((p) => p.id === id)?.displayName ?? '')
          .filter((n) => n && text.includes(n));
        expect(hasText(card, 'Ikke din samtale'), `${verb} as ${role}`).toBe(true);
        expect(names, `${verb} as ${role}`).toEqual([]);
        expect(
          // the bot keeps the sender's own chat on their first activity: theirs, not the conversation's
          writes.filter((t) => t !== 'audit' && t !== 'chatReferences'),
          `${verb} as ${role}`,
        ).toEqual([]);
        marks.push('✗');
      }
      rows.push(`${verb.padEnd(28)} ${marks.map((m) => m.padStart(3)).join(' ')}`);
    },
    60_000,
  );

  afterAll(() => {
    console.log(
      [
        '',
        'Card actions (✗ the not-your-conversation card, nothing changed)',
        `${'verb'.padEnd(28)}   2   4   5   7`,
        ...rows,
      ].join('\n'),
    );
  });
});
