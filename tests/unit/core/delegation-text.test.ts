// The employee's message when another leader takes their conversation over (002): who, when, in their language.
import { describe, expect, it } from 'vitest';
import { delegationMessage } from '../../../src/core/delegation-text';

const base = {
  kind: 'annual' as const,
  fromName: 'Kari Nordmann',
  toName: 'Per Hansen',
  // 10:00 in Oslo, winter time
  start: '2026-12-03T09:00:00.000Z',
  sameTime: true,
  note: '',
};

describe('delegationMessage', () => {
  it('names who takes over, says a new invitation comes for the same time in Oslo time, and that the preparation is kept', () => {
    const nb = delegationMessage({ ...base, language: 'nb' });
    expect(nb).toBe(
      'Per Hansen holder samtalen din (medarbeidersamtale) i stedet for Kari Nordmann. Denne avtalen avlyses, og du får en ny innkalling fra Per Hansen til samme tid, 03.12.2026 kl. 10:00. Forberedelsen din er tatt vare på.',
    );
    expect(delegationMessage({ ...base, language: 'nn' })).toContain('Førebuinga di er teken vare på');
    expect(delegationMessage({ ...base, language: 'en' })).toContain(
      'for the same time, 03.12.2026 at 10:00',
    );
  });

  it('gives the new time when it moves (summer time: 08:00Z is 10:00), and adds the leader’s own words', () => {
    const text = delegationMessage({
      ...base,
      language: 'nb',
      start: '2027-06-01T08:00:00.000Z',
      sameTime: false,
      note: '  Jeg er på kurs.  ',
    });
    expect(text).toContain('fra Per Hansen til 01.06.2027 kl. 10:00.');
    expect(text).not.toContain('samme tid');
    expect(text.endsWith('\n\nJeg er på kurs.')).toBe(true);
  });
});
