// The demo municipality: a fictional kommune generated from a seed, the same on every run, so the demo,
// the tests and the 50,000-person benchmark all see the same people. Nothing here is a real person or domain.
import { z } from 'zod';
import { ZIsoDate, type Municipality, type Unit } from '../../core/org';
import { makeCalendars } from './calendars';
import { dayOf } from './days';
import { makeHistory } from './history';
import { buildOrgTree } from './org-tree';
import { makePeople } from './people';
import { createRandom, deterministicGuid, subSeed } from './random';
import { makeRoomCalendars, makeRooms } from './rooms';
import { applyStories } from './stories';

export const ZGenerateOptions = z.object({
  /** same seed and today, same municipality (byte for byte) */
  seed: z.number().int().default(2026),
  /** the day the data is relative to: start dates, history and calendars are counted from it */
  today: ZIsoDate.refine((iso) => {
    try {
      dayOf(iso);
      return true;
    } catch {
      return false;
    }
  }, 'not a calendar date'),
  /** number of people, leaders included; the benchmark uses 50,000 */
  size: z.number().int().min(30).max(200_000).default(70),
  /** busy blocks for the next eight weeks; off makes a 50,000-person run lighter */
  calendars: z.boolean().default(true),
});
export type GenerateOptions = z.input<typeof ZGenerateOptions>;

// one stream per purpose, so e.g. turning calendars off leaves the people unchanged
const PURPOSE = {
  org: 1,
  people: 2,
  history: 3,
  calendars: 4,
  personId: 5,
  tenant: 6,
  roomId: 7,
  rooms: 8,
} as const;

export const DEMO_DOMAIN = 'fjordvik.kommune.example';

export function generateMunicipality(options: GenerateOptions): Municipality {
  const { seed, today, size, calendars } = ZGenerateOptions.parse(options);
  const tree = buildOrgTree(size, createRandom(subSeed(seed, PURPOSE.org)));
  const ids = tree.drafts.map((_, i) => deterministicGuid(seed, PURPOSE.personId, i));
  const unitIds = tree.units.map((_, i) => `unit-${String(i + 1).padStart(4, '0')}`);
  const units: Unit[] = tree.units.map((unit, i) => ({
    id: unitIds[i] ?? '',
    name: unit.name,
    leaderId: ids[unit.leaderIndex] ?? '',
  }));
  const people = makePeople({
    drafts: tree.drafts,
    ids,
    unitIds,
    domain: DEMO_DOMAIN,
    today,
    random: createRandom(subSeed(seed, PURPOSE.people)),
  });
  const annualPlan = applyStories(people, unitIds, today);
  const kindOfUnit = new Map(
    tree.units.map((unit, i) => [unitIds[i] ?? '', tree.drafts[unit.leaderIndex]?.kind.key ?? '']),
  );
  const rooms = makeRooms(units, kindOfUnit, DEMO_DOMAIN, (i) => deterministicGuid(seed, PURPOSE.roomId, i));
  return {
    name: 'Fjordvik kommune',
    tenantId: deterministicGuid(seed, PURPOSE.tenant, 0),
    domain: DEMO_DOMAIN,
    units,
    people,
    history: makeHistory(people, annualPlan, today, createRandom(subSeed(seed, PURPOSE.history))),
    calendars: calendars
      ? [
          ...makeCalendars(people, kindOfUnit, today, subSeed(seed, PURPOSE.calendars)),
          ...makeRoomCalendars(rooms, today, subSeed(seed, PURPOSE.rooms)),
        ]
      : [],
    rooms,
  };
}
