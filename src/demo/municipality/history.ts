// Conversations already held: the annual medarbeidersamtale for those with a year behind them, and the
// start and probation follow-up conversations of newer hires (seed 000 2.2 and 2.3).
import type { PastConversation, Person } from '../../core/org';
import { dayOf, isoOf, weekdayOf } from './days';
import type { Random } from './random';
import type { AnnualPlan } from './stories';

/** 000 2.3: first follow-up after four weeks; 000 2.2: two to three more in the first six months */
const FOLLOW_UPS_AFTER_DAYS = [28, 90, 150];
const NEVER_SHARE = 0.08;
const OVERDUE_SHARE = 0.14;

/** the same day, or the Friday before when it falls on a weekend: never a future date */
function workdayBefore(day: number): number {
  const weekday = weekdayOf(day);
  return weekday >= 6 ? day - (weekday - 5) : day;
}

export function makeHistory(
  people: Person[],
  plan: AnnualPlan,
  today: string,
  random: Random,
): PastConversation[] {
  const todayDay = dayOf(today);
  const history: PastConversation[] = [];
  for (const person of people) {
    const start = dayOf(person.startDate);
    // the kommunedirektør's conversation is with the mayor, outside this product; future hires have none yet
    if (person.managerId === null || start >= todayDay) continue;
    const add = (kind: PastConversation['kind'], day: number) =>
      history.push({ personId: person.id, kind, date: isoOf(day) });
    const tenure = todayDay - start;
    if (tenure < 365) {
      add('start', start);
      for (const after of FOLLOW_UPS_AFTER_DAYS) {
        const day = workdayBefore(start + after);
        if (day < todayDay) add('probation-followup', day);
      }
      continue;
    }
    const forced = plan.get(person.id);
    let lastAgo: number | null;
    if (forced !== undefined) lastAgo = forced;
    // Someone who slipped through without any conversation is a recent hire, not a 20-year veteran:
    // a due list saying "overdue since 2004" would make a leader distrust the demo, not the data.
    else if (tenure < 3 * 365 && random.chance(NEVER_SHARE)) lastAgo = null;
    else if (random.chance(OVERDUE_SHARE)) lastAgo = random.int(380, 700);
    else lastAgo = random.int(20, 340);
    if (lastAgo === null) continue;
    const last = workdayBefore(Math.max(start + 60, todayDay - lastAgo));
    const before = workdayBefore(last - random.int(330, 400));
    if (before > start + 60 && random.chance(0.6)) add('annual', before);
    add('annual', last);
  }
  return history;
}
