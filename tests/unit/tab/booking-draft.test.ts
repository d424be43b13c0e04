import { describe, expect, it } from 'vitest';
import { emptyDraft, resolveDraft } from '../../../src/tab/scheduling/booking-draft';

// Monday 23 November 2026, 10:00 in Oslo
const NOW = new Date('2026-11-23T09:00:00Z');
const SLOTS = [
  { start: '2026-11-30T08:00:00Z', end: '2026-11-30T09:00:00Z', date: '2026-11-30' },
  { start: '2026-12-01T12:00:00Z', end: '2026-12-01T13:00:00Z', date: '2026-12-01' },
];
const ROOMS = [{ mail: 'samtalerommet@x.no', displayName: 'Samtalerommet', capacity: 4, building: null }];

describe('resolveDraft', () => {
  it('books the first suggestion as a Teams meeting by default', () => {
    expect(resolveDraft(emptyDraft('annual'), SLOTS, ROOMS, NOW)).toEqual({
      ok: true,
      booking: {
        start: '2026-11-30T08:00:00Z',
        end: '2026-11-30T09:00:00.000Z',
        location: null,
        online: true,
        specialTopics: '',
      },
    });
  });

  it('books a typed Oslo time in the chosen room, as long as the suggestions', () => {
    const draft = {
      ...emptyDraft('annual'),
      choice: 'other' as const,
      otherDate: '2026-12-02',
      otherTime: '13:00',
      roomMail: 'samtalerommet@x.no',
      online: false,
    };
    expect(resolveDraft(draft, SLOTS, ROOMS, NOW)).toMatchObject({
      ok: true,
      booking: {
        start: '2026-12-02T12:00:00Z',
        end: '2026-12-02T13:00:00.000Z',
        location: { displayName: 'Samtalerommet', roomMail: 'samtalerommet@x.no' },
        online: false,
      },
    });
  });

  it('uses a typed place when no room is chosen', () => {
    const draft = { ...emptyDraft('annual'), online: false, place: ' Biblioteket ' };
    expect(resolveDraft(draft, SLOTS, ROOMS, NOW)).toMatchObject({
      ok: true,
      booking: { location: { displayName: 'Biblioteket', roomMail: null } },
    });
  });

  it('refuses a past time and a conversation with neither Teams nor a place', () => {
    const draft = {
      ...emptyDraft('annual'),
      choice: 'other' as const,
      otherDate: '2026-11-20',
      otherTime: '09:00',
      online: false,
    };
    expect(resolveDraft(draft, SLOTS, ROOMS, NOW)).toEqual({
      ok: false,
      problems: ['time-past', 'place-missing'],
    });
  });
});
