// Meeting rooms of the demo municipality and their own bookings. Seed 002 says the conversation is not held
// in the leader's own office, so the scheduler needs rooms to offer: two in the town hall always, and a
// conversation room in the first nursing home and the first school when the municipality has them.
import type { BusyBlock, Room, Unit } from '../../core/org';
import { workDays } from './calendars';
import { createRandom, subSeed } from './random';

interface RoomDraft {
  mailName: string;
  displayName: string;
  capacity: number;
}

const TOWN_HALL: RoomDraft[] = [
  { mailName: 'moterom.fjorden', displayName: 'Møterom Fjorden', capacity: 12 },
  { mailName: 'samtalerommet', displayName: 'Samtalerommet', capacity: 4 },
];
const BY_KIND: Record<string, RoomDraft> = {
  sykehjem: { mailName: 'samtalerom.sykehjem', displayName: 'Samtalerom sykehjemmet', capacity: 4 },
  skole: { mailName: 'moterom.skolen', displayName: 'Møterom skolen', capacity: 8 },
};

const TOWN_HALL_BUILDING = 'Rådhuset';
/** rooms are booked 08:00-15:30 Oslo like everyone else, on the same 15-minute grid */
const WORKDAY_MINUTES = 450;
const DURATIONS = [30, 60, 60, 90, 120];
const SUBJECTS = ['Booket', 'Teammøte', 'Fagmøte', 'Samarbeidsmøte', 'Intervju'];

/** 2-4 rooms, in a fixed order, so the same seed gives the same rooms (and room ids) on every run */
export function makeRooms(
  units: Unit[],
  kindOfUnit: Map<string, string>,
  domain: string,
  idOf: (index: number) => string,
): Room[] {
  const placed: [RoomDraft, string][] = TOWN_HALL.map((draft) => [draft, TOWN_HALL_BUILDING]);
  for (const kind of Object.keys(BY_KIND)) {
    const unit = units.find((u) => kindOfUnit.get(u.id) === kind);
    const draft = BY_KIND[kind];
    if (unit && draft) placed.push([draft, unit.name]);
  }
  return placed.map(([draft, building], i) => ({
    id: idOf(i),
    mail: `${draft.mailName}@${domain}`,
    displayName: draft.displayName,
    capacity: draft.capacity,
    building,
  }));
}

/** 3-8 bookings a week per room for the calendar window, each room with its own random stream */
export function makeRoomCalendars(rooms: Room[], today: string, seed: number): BusyBlock[] {
  const days = workDays(today);
  const blocks: BusyBlock[] = [];
  rooms.forEach((room, index) => {
    const random = createRandom(subSeed(seed, 8, index));
    const own: BusyBlock[] = [];
    for (let week = 0; week * 5 < days.length; week++) {
      const weekDays = days.slice(week * 5, week * 5 + 5);
      const count = random.int(3, 8);
      for (let b = 0; b < count; b++) {
        const day = random.pick(weekDays);
        const minutes = random.pick(DURATIONS);
        const startMs = day.openMs + random.int(0, (WORKDAY_MINUTES - minutes) / 15) * 15 * 60_000;
        own.push({
          personId: room.id,
          start: utc(startMs),
          end: utc(startMs + minutes * 60_000),
          showAs: 'busy',
          subject: random.pick(SUBJECTS),
        });
      }
    }
    blocks.push(...own.sort((a, b) => a.start.localeCompare(b.start)));
  });
  return blocks;
}

function utc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}
