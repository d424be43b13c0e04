// expandCard keeps each template's parsed expressions (src/cards/card.ts): a card expanded after another from
// the same template carries only its own data, and changing one expanded card leaves the next one alone.
import { describe, expect, it } from 'vitest';
import { reminderCard } from '../../../src/cards/reminder';

const checklist = (item: string, due: string) =>
  ({ reminder: 'checklist-item-due', item, due, openUrl: 'https://samtale.example/tab/' }) as const;

describe('expandCard with a parsed template kept between cards', () => {
  it('gives each card its own data and language', () => {
    const first = reminderCard(checklist('Adgangskort', '2026-12-03'), 'nb');
    const second = reminderCard(checklist('Arbeidsplass', '2026-12-04'), 'en');
    const text = (card: unknown) => JSON.stringify(card);
    expect(text(first)).toContain('Adgangskort');
    expect(text(first)).not.toContain('Arbeidsplass');
    expect(text(second)).toContain('Arbeidsplass');
    expect(text(second)).not.toContain('Adgangskort');
    expect(text(second)).not.toEqual(text(first).replace('Adgangskort', 'Arbeidsplass'));
  });

  it('shares no objects between two expansions', () => {
    const first = reminderCard(checklist('Adgangskort', '2026-12-03'), 'nb');
    const before = JSON.stringify(reminderCard(checklist('Adgangskort', '2026-12-03'), 'nb'));
    (first.body as Record<string, unknown>[]).length = 0;
    first.actions = [];
    expect(JSON.stringify(reminderCard(checklist('Adgangskort', '2026-12-03'), 'nb'))).toBe(before);
  });
});
