// Done-when of issue 5: every card template, expanded with example data, validates against Microsoft's
// Adaptive Cards 1.5 schema and parses in the adaptivecards renderer without a warning, in every language.
import * as AC from 'adaptivecards';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSchemaErrors } from '../../contract/adaptive-card-schema';
import { allCards, LANGUAGES } from './all-cards';

/** What the renderer says while parsing: unknown elements, bad property values, versions above 1.5. */
function parseWarnings(card: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  new AC.AdaptiveCard().parse(card, context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
}

describe.each(LANGUAGES)('every card in %s', (language) => {
  const cards = allCards(language);

  it.each(cards.map((c) => [c.name, c.card] as const))(
    '%s validates against adaptive-card-1.5.json',
    (_, card) => {
      expect(cardSchemaErrors(card)).toEqual([]);
    },
  );

  it.each(cards.map((c) => [c.name, c.card] as const))(
    '%s parses in the renderer without warnings',
    (_, card) => {
      expect(parseWarnings(card)).toEqual([]);
    },
  );

  it.each(cards.map((c) => [c.name, c.card] as const))(
    '%s has a fallback text for hosts that cannot render it',
    (_, card) => {
      expect(String(card.fallbackText).length).toBeGreaterThan(0);
    },
  );
});

describe('the checks can fail', () => {
  it('the schema refuses an unknown property and a 1.6 element', () => {
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', txt: 'x' }] };
    expect(cardSchemaErrors(card).length).toBeGreaterThan(0);
  });

  it('the renderer warns about an element it does not know', () => {
    expect(parseWarnings({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Carousel' }] })).not.toEqual(
      [],
    );
  });
});

describe('no template is left out of the checks above', () => {
  // A new template in adaptive-cards/ is checked only when allCards builds a card from it: each template is
  // read by a module in src/cards, and all-cards.ts must build cards with that module.
  it('every template in adaptive-cards/ is built by a module that allCards uses', () => {
    const templates = readdirSync('adaptive-cards').filter((f) => f.endsWith('.json'));
    const modules = readdirSync('src/cards').filter((f) => f.endsWith('.ts'));
    const allCardsSource = readFileSync('tests/unit/cards/all-cards.ts', 'utf8');
    const unchecked = templates.filter((template) => {
      const users = modules.filter((m) =>
        readFileSync(path.join('src/cards', m), 'utf8').includes(`adaptive-cards/${template}'`),
      );
      return !users.some((m) => allCardsSource.includes(`src/cards/${m.replace(/\.ts$/, '')}'`));
    });
    expect(templates.length).toBeGreaterThan(5);
    expect(unchecked).toEqual([]);
  });
});
