// Seed 002: the conversation is not held in the leader's own office, so the demo municipality has meeting
// rooms to book, each with bookings of its own inside working hours.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZMunicipality } from '../../../src/core/org';
import { generateMunicipality } from '../../../src/demo/municipality/generate';

const m = generateMunicipality({ seed: 2026, today: '2026-11-23' });

describe('generateMunicipality: meeting rooms', () => {
  it('has two rooms in the town hall and one in the first nursing home and school', () => {
    expect(m.rooms.map((r) => [r.displayName, r.building])).toEqual([
      ['Møterom Fjorden', 'Rådhuset'],
      ['Samtalerommet', 'Rådhuset'],
      ['Samtalerom sykehjemmet', 'Fjordvik sykehjem'],
      ['Møterom skolen', 'Fjordvik skole'],
    ]);
    const small = generateMunicipality({ seed: 1, today: '2026-11-23', size: 30 });
    expect(small.rooms.length).toBeGreaterThanOrEqual(2);
    expect(small.rooms.length).toBeLessThanOrEqual(4);
    const people = new Set(m.people.map((p) => p.id));
    for (const room of m.rooms) expect(people.has(room.id)).toBe(false);
  });

  it('books every room 3-8 times a week, on weekdays inside 08:00-15:30 Oslo time', () => {
    for (const room of m.rooms) {
      const blocks = m.calendars.filter((b) => b.personId === room.id);
      expect(blocks.length).toBeGreaterThanOrEqual(3 * 8);
      expect(blocks.length).toBeLessThanOrEqual(8 * 8);
      for (const b of blocks) {
        const start = DateTime.fromISO(b.start, { zone: 'utc' }).setZone('Europe/Oslo');
        const end = DateTime.fromISO(b.end, { zone: 'utc' }).setZone('Europe/Oslo');
        expect(start.weekday).toBeLessThanOrEqual(5);
        expect(start.hour * 60 + start.minute).toBeGreaterThanOrEqual(8 * 60);
        expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(15 * 60 + 30);
      }
    }
  });

  it('keeps rooms without calendars, and an older file without rooms still parses', () => {
    const light = generateMunicipality({ seed: 2026, today: '2026-11-23', calendars: false });
    expect(light.rooms).toEqual(m.rooms);
    expect(light.calendars).toEqual([]);
    const older: Record<string, unknown> = { ...m };
    delete older.rooms;
    expect(ZMunicipality.parse(older).rooms).toEqual([]);
  });
});
