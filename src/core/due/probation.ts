// Probation (prøvetid): its end, its extension by absence, and the plan of conversations in it.
import { addMonths, periodEnd } from '../calendar/days';
import type { Policy } from '../policy/schema';
import type { RuleId } from './rules';

/** Day numbers (calendar/days.ts) of one person's probation. */
export interface ProbationPeriod {
  start: number;
  plannedEnd: number;
  end: number;
  extendedByDays: number;
  absenceDaysNotCounted: number;
}

/** An absence as day numbers, with whether § 15-6 (4) lets it extend probation. */
export interface AbsenceSpan {
  from: number;
  to: number;
  extends: boolean;
}

/** Distinct days covered by spans, clipped to [from, to]; overlapping absences are counted once. */
function coveredDays(spans: AbsenceSpan[], from: number, to: number): number {
  if (spans.length === 0) return 0; // most people: no allocation in the hot loop
  const clipped = spans
    .map((s) => [Math.max(s.from, from), Math.min(s.to, to)] as const)
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reached = from - 1;
  for (const [a, b] of clipped) {
    if (b <= reached) continue;
    total += b - Math.max(a, reached + 1) + 1;
    reached = b;
  }
  return total;
}

/**
 * arbeidsmiljøloven § 15-6: probation lasts at most six months (policy.months) from the first day. (4): it may
 * be extended by the length of absence in it, only when the employee was told so in writing at hiring, and
 * not for absence the employer caused. We count absence inside the agreed period, in calendar days, each day
 * once; absence in the extension does not extend it again.
 */
export function probationPeriod(start: number, months: number, absences: AbsenceSpan[]): ProbationPeriod {
  const plannedEnd = periodEnd(start, months);
  const extendedByDays = coveredDays(
    absences.filter((a) => a.extends),
    start,
    plannedEnd,
  );
  const absenceDaysNotCounted = coveredDays(absences, start, plannedEnd) - extendedByDays;
  return { start, plannedEnd, end: plannedEnd + extendedByDays, extendedByDays, absenceDaysNotCounted };
}

export interface PlannedMeeting {
  kind: 'start' | 'probation-followup';
  from: number;
  /** the due date */
  to: number;
  rule: RuleId;
  /** follow-ups only: 1, 2, 3 … */
  number?: number;
}

/** later follow-ups may be held up to two weeks before their date: time to invite 7-14 days ahead (000) */
const LEAD_DAYS = 14;

/**
 * The conversations of a probation, as windows:
 * - start conversation: the first `startConversationDays` days (000 section 4: "I løpet av 1. uke");
 * - first follow-up: in the week after `firstFollowUpWeeks` weeks (000 2.3: "etter uke 4");
 * - then `count` more evenly spread (000 2.2), or one a month (001), the last of them — the evaluation —
 *   due `lastFollowUpWeeksBeforeEnd` weeks before probation ends, so there is time to act on it.
 * Monthly meetings closer than two weeks to the final one are left out: the final one takes their place.
 * When probation is too short for more (e.g. one month), the first follow-up is the only one.
 */
export function probationPlan(start: number, end: number, policy: Policy['probation']): PlannedMeeting[] {
  const meetings: PlannedMeeting[] = [
    { kind: 'start', from: start, to: start + policy.startConversationDays - 1, rule: 'start-conversation' },
  ];
  const first = start + 7 * policy.firstFollowUpWeeks;
  meetings.push({
    kind: 'probation-followup',
    from: first,
    to: first + 6,
    rule: 'followup-after-4-weeks',
    number: 1,
  });
  const last = end - 7 * policy.lastFollowUpWeeksBeforeEnd;
  if (last <= first + 6) return meetings;

  const targets: { day: number; rule: RuleId }[] = [];
  if (policy.followUps.mode === 'spread') {
    const count = policy.followUps.count;
    for (let i = 1; i < count; i++) {
      targets.push({ day: first + Math.round((i * (last - first)) / count), rule: 'followup-spread' });
    }
  } else {
    for (let m = 2; addMonths(start, m) <= last - LEAD_DAYS; m++) {
      targets.push({ day: addMonths(start, m), rule: 'followup-monthly' });
    }
  }
  targets.push({ day: last, rule: 'followup-final' });

  let previousDue = first + 6;
  targets.forEach((target, i) => {
    const from = Math.max(target.day - LEAD_DAYS, previousDue + 1);
    meetings.push({ kind: 'probation-followup', from, to: target.day, rule: target.rule, number: i + 2 });
    previousDue = target.day;
  });
  return meetings;
}
