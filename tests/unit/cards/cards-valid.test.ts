// Done-when of issue 5: every card template, expanded with example data, validates against Microsoft's
// Adaptive Cards 1.5 schema and parses in the adaptivecards renderer without a warning, in every language.
import * as AC from 'adaptivecards';
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
