import { describe, expect, it } from 'vitest';
import { defaultRoundDraft, toPlanInput } from '../../../src/tab/scheduling/round-draft';

const ROOMS = [{ mail: 'samtalerommet@x.no', displayName: 'Samtalerommet', capacity: 4, building: null }];

describe('round settings', () => {
  it('default to three weeks from next Monday, Teams, and the policy numbers', () => {
    const draft = defaultRoundDraft('2026-11-25');
    expect(toPlanInput(draft, ROOMS)).toEqual({
      ok: true,
      input: {
        kind: 'annual',
        period: { from: '2026-11-30', to: '2026-12-18' },
        durationMinutes: undefined,
        maxPerDay: undefined,
        location: null,
        online: true,
        specialTopics: '',
      },
    });
  });

  it('book the chosen room and keep typed numbers', () => {
    const draft = {
      ...defaultRoundDraft('2026-11-25'),
      roomMail: 'samtalerommet@x.no',
      durationMinutes: '45',
      maxPerDay: '3',
    };
    const result = toPlanInput(draft, ROOMS);
    expect(result).toMatchObject({
      ok: true,
      input: {
        durationMinutes: 45,
        maxPerDay: 3,
        location: { displayName: 'Samtalerommet', roomMail: 'samtalerommet@x.no' },
      },
    });
  });

  it('name every problem: a period backwards, numbers out of range, no place at all', () => {
    const draft = {
      ...defaultRoundDraft('2026-11-25'),
      from: '2026-12-10',
      to: '2026-12-01',
      durationMinutes: '5',
      maxPerDay: '20',
      online: false,
    };
    expect(toPlanInput(draft, ROOMS)).toEqual({
      ok: false,
      problems: ['period', 'duration', 'max-per-day', 'place-missing'],
    });
  });
});
