// Issue 9: fuzzing the bot's card actions. Each verb's data (conversationId, cardVersion and the form's
// fields) is sent hostile as the conversation's own employee through /api/messages: every answer is a 200
// invoke response with a card (never a 5xx, never an error body), and a press by someone who is not a party
// writes nothing but the audit log's refusal and the sender's own chat reference.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import { startWorld, type World, watchWrites } from './access/world';

let w: World;
let writes: string[] = [];

beforeAll(async () => {
  w = await startWorld();
  writes = watchWrites(w.bot.stack.store);
}, 120_000);
afterAll(async () => {
  await w?.stop();
});

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(-1, 2 ** 53, 1e308, '', '__proto__', 'a'.repeat(70_000), '%2F', '#', '🙂'.repeat(2000)),
  fc.integer(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constant({ polluted: true })),
  fc.object({ maxDepth: 3, maxKeys: 4 }),
);

const RUNS = 120;
let total = 0;

describe('fuzzing the card actions (issue 9)', () => {
  it.each(Object.values(CARD_VERBS))(
    '%s: hostile data answers a card, never an error',
    async (verb) => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({ conversationId: hostile, cardVersion: hostile }, { requiredKeys: [] }),
          fc.dictionary(fc.string({ maxLength: 12 }), hostile, { maxKeys: 4 }),
          fc.boolean(),
          async (ids, fields, stranger) => {
            const data = { conversationId: w.main.conversation.id, cardVersion: 0, ...ids, ...fields };
            const actor = stranger ? w.people.colleague.id : w.main.employeeId;
            writes.length = 0;
            const res = await w.bot.activity(
              w.bot.from(actor, {
                type: 'invoke',
                name: 'adaptiveCard/action',
                value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
              }),
            );
            total += 1;
            const why = `${verb} ${JSON.stringify(data).slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
            expect(res.status, why).toBe(200);
            expect((res.body as { statusCode?: number }).statusCode, why).toBeLessThan(500);
            if (stranger)
              expect(
                writes.filter((t) => t !== 'audit' && t !== 'chatReferences'),
                why,
              ).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  afterAll(() => console.log(`fuzz-cards: ${total} cases`));
});
