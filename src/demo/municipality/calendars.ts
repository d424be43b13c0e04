// Busy calendars for the next eight weeks: what the scheduler reads through getSchedule. Blocks sit inside
// Oslo working hours (08:00-15:30) on weekdays, stored in UTC, so a DST change in the window moves them
// by an hour in UTC and not in Oslo: exactly the bug the scheduler's tests must not have.
import { DateTime } from 'luxon';
import type { BusyBlock, Person } from '../../core/org';
import { dayOf, isoOf, weekdayOf } from './days';
import { createRandom, subSeed } from './random';

type ShowAs = BusyBlock['showAs'];

export const CALENDAR_WEEKS = 8;
/** 08:00-15:30 is 450 minutes */
const WORKDAY_MINUTES = 450;
const DURATIONS = [30, 45, 60, 60, 90, 120];

const COMMON: [string, ShowAs][] = [
  ['Personalmøte', 'busy'],
  ['Kurs', 'workingElsewhere'],
  ['Fagdag', 'busy'],
  ['Teammøte', 'busy'],
  ['Møte med tillitsvalgt', 'tentative'],
];

const BY_KIND: Record<string, [string, ShowAs][]> = {
  administrasjon: [
    ['Budsjettmøte', 'busy'],
    ['Kommunestyremøte', 'tentative'],
    ['Saksbehandling', 'busy'],
  ],
  sykehjem: [
    ['Vaktmøte', 'busy'],
    ['Legevisitt', 'busy'],
    ['Rapport', 'busy'],
    ['Pårørendemøte', 'tentative'],
  ],
  skole: [
    ['Foreldremøte', 'busy'],
    ['Undervisning', 'busy'],
    ['Teamtid', 'busy'],
    ['Elevsamtaler', 'busy'],
  ],
  hjemmetjenesten: [
    ['Vaktmøte', 'busy'],
    ['Hjemmebesøk', 'workingElsewhere'],
    ['Rapport', 'busy'],
  ],
  barnehage: [
    ['Foreldremøte', 'busy'],
    ['Planleggingsdag', 'busy'],
    ['Tur med barna', 'workingElsewhere'],
  ],
  helsestasjon: [
    ['Helsestasjonskontroll', 'busy'],
    ['Skolehelsetjenesten', 'workingElsewhere'],
  ],
  teknisk: [
    ['Befaring', 'workingElsewhere'],
    ['Vaktmøte', 'busy'],
    ['HMS-runde', 'busy'],
  ],
};

const LEADER_ONLY: [string, ShowAs][] = [['Ledermøte', 'busy']];
const DAY_OFF: [string, ShowAs][] = [
  ['Ferie', 'oof'],
  ['Avspasering', 'oof'],
];

export interface WorkDay {
  day: number;
  /** 08:00 in Oslo that day, as UTC milliseconds */
  openMs: number;
}

/**
 * The weekdays of the window and when each opens. Oslo changes clocks at 02:00/03:00 on a Sunday,
 * so within 08:00-15:30 of a weekday the offset is constant and minutes can simply be added.
 */
export function workDays(today: string): WorkDay[] {
  const first = dayOf(today);
  const days: WorkDay[] = [];
  for (let day = first; day < first + CALENDAR_WEEKS * 7; day++) {
    if (weekdayOf(day) >= 6) continue;
    const local = DateTime.fromISO(`${isoOf(day)}T08:00`, { zone: 'Europe/Oslo' });
    days.push({ day, openMs: local.toMillis() });
  }
  return days;
}

/** Blocks start on a 15-minute grid of 40 days: a few thousand distinct instants, so format each once. */
function utcFormatter(): (ms: number) => string {
  const cache = new Map<number, string>();
  return (ms) => {
    let iso = cache.get(ms);
    if (iso === undefined) {
      iso = new Date(ms).toISOString().slice(0, 19) + 'Z';
      cache.set(ms, iso);
    }
    return iso;
  };
}

/** 2-6 blocks a week per person, only while they are employed; each person has their own random stream. */
export function makeCalendars(
  people: Person[],
  kindOfUnit: Map<string, string>,
  today: string,
  seed: number,
): BusyBlock[] {
  const days = workDays(today);
  const utc = utcFormatter();
  // any seven days in a row hold five weekdays, so five work days at a time make one week
  const weeks = Array.from({ length: CALENDAR_WEEKS }, (_, week) => days.slice(week * 5, week * 5 + 5));
  const windowStart = days[0]?.day ?? 0;
  const windowEnd = days[days.length - 1]?.day ?? 0;
  const blocks: BusyBlock[] = [];
  people.forEach((person, index) => {
    const random = createRandom(subSeed(seed, 4, index));
    const first = dayOf(person.startDate);
    const last = person.endDate ? dayOf(person.endDate) : Infinity;
    const subjects = [...COMMON, ...(BY_KIND[kindOfUnit.get(person.unitId) ?? ''] ?? [])];
    if (person.roles.includes('leader')) subjects.push(...LEADER_ONLY);
    const own: [number, BusyBlock][] = [];
    const employedAll = first <= windowStart && last >= windowEnd;
    for (const week of weeks) {
      const weekDays = employedAll ? week : week.filter((d) => d.day >= first && d.day <= last);
      if (weekDays.length === 0) continue;
      const count = random.int(2, 6);
      for (let b = 0; b < count; b++) {
        const workDay = random.pick(weekDays);
        const dayOff = random.chance(0.03);
        const [subject, showAs] = random.pick(dayOff ? DAY_OFF : subjects);
        const minutes = dayOff ? WORKDAY_MINUTES : random.pick(DURATIONS);
        const offset = dayOff ? 0 : random.int(0, (WORKDAY_MINUTES - minutes) / 15) * 15;
        const startMs = workDay.openMs + offset * 60_000;
        const block = {
          personId: person.id,
          start: utc(startMs),
          end: utc(startMs + minutes * 60_000),
          showAs,
          subject,
        };
        own.push([startMs, block]);
      }
    }
    own.sort((a, b) => a[0] - b[0]);
    for (const [, block] of own) blocks.push(block);
  });
  return blocks;
}
