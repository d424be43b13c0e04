// The people every demo needs, whatever the seed: new hires in probation, one who starts in ten days,
// one who leaves next month, part-timers on both sides of the 50 % line (seed 002), and conversations that
// are overdue or never held. Random data would only make these likely; the demo script needs them certain.
import type { Person } from '../../core/org';
import { dayOf, endOfMonth, isoOf, weekdayOf } from './days';

/** last annual conversation, in days before today; null = never had one */
export type AnnualPlan = Map<string, number | null>;

interface Story {
  startDaysAgo: number;
  percent: number;
  temporary?: boolean;
  leavesNextMonth?: boolean;
  lastAnnualDaysAgo?: number | null;
}

const STORIES: Story[] = [
  { startDaysAgo: 12, percent: 100 }, // the new hire in probation the demo signs in as
  { startDaysAgo: 40, percent: 80 },
  { startDaysAgo: 95, percent: 75 },
  { startDaysAgo: 160, percent: 100 },
  { startDaysAgo: -10, percent: 100 }, // starts in ten days: onboarding checklist running
  { startDaysAgo: 8 * 365, percent: 100, leavesNextMonth: true, lastAnnualDaysAgo: 200 },
  { startDaysAgo: 5 * 365, percent: 50, lastAnnualDaysAgo: 90 }, // exactly the 50 % limit of seed 002
  { startDaysAgo: 3 * 365, percent: 40 },
  { startDaysAgo: 400, percent: 20, temporary: true },
  { startDaysAgo: 6 * 365, percent: 100, lastAnnualDaysAgo: 14 * 30 }, // overdue
  { startDaysAgo: 4 * 365, percent: 80, lastAnnualDaysAgo: 19 * 30 }, // long overdue
  { startDaysAgo: 3 * 365, percent: 100, lastAnnualDaysAgo: null }, // never had one
];

/**
 * Give the stories to ordinary employees of the first units, taking turns between units so the
 * leader with the biggest team has some of each. Mutates people; returns the forced annual history.
 */
export function applyStories(people: Person[], unitIds: string[], today: string): AnnualPlan {
  const todayDay = dayOf(today);
  const byUnit = new Map<string, Person[]>();
  for (const person of people) {
    if (person.roles.length !== 1 || person.roles[0] !== 'employee') continue;
    const list = byUnit.get(person.unitId) ?? [];
    list.push(person);
    byUnit.set(person.unitId, list);
  }
  // the care units and the school first, then the town hall
  const order = [1, 2, 3, 0].map((i) => byUnit.get(unitIds[i] ?? '') ?? []);
  const candidates: Person[] = [];
  for (let round = 0; candidates.length < STORIES.length; round++) {
    const before = candidates.length;
    for (const list of order) {
      const person = list[round];
      if (person) candidates.push(person);
    }
    if (candidates.length === before) throw new Error('the municipality is too small for the demo stories');
  }
  const plan: AnnualPlan = new Map();
  STORIES.forEach((story, i) => {
    const person = candidates[i];
    if (!person) return;
    let start = todayDay - story.startDaysAgo;
    // a past start date falls on a workday; the one in ten days is exactly ten days ahead
    if (story.startDaysAgo > 0 && weekdayOf(start) >= 6) start -= weekdayOf(start) - 5;
    person.startDate = isoOf(start);
    person.positionPercent = story.percent;
    person.employmentType = story.temporary ? 'temporary' : 'permanent';
    person.endDate = story.leavesNextMonth ? isoOf(endOfMonth(todayDay, 1)) : null;
    if (story.temporary) person.endDate = isoOf(endOfMonth(todayDay, 6));
    if (story.lastAnnualDaysAgo !== undefined) plan.set(person.id, story.lastAnnualDaysAgo);
  });
  return plan;
}
