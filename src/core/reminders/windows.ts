// Which days of state the reminder rules can find something due in, so the sweep reads those partitions
// and not the whole history: 50,000 employees hold about 50,000 conversations a year, and a sweep every
// quarter of an hour must not read them all.
import { dayOf, isoOf } from '../calendar/days';
import type { IsoDate } from '../org';

export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * How far back a conversation's referat is still reminded: the leader's four reminders end 31 days after
 * the meeting (days 3-24, a week each); the employee's follow the leader's approval, so a leader who signs
 * two months late still leaves the employee theirs. Older unsigned referats are on the leader's overview.
 */
export const REFERAT_LOOKBACK_DAYS = 90;

/**
 * Upcoming meetings whose preparation reminder can be due: from today to 10 days ahead (two days before,
 * moved back over a weekend and Easter: a Tuesday after Easter is reminded on the Wednesday before it).
 */
export const PREPARATION_LOOKAHEAD_DAYS = 10;

/** Deadlines whose action reminder can be due: a week ahead, moved back over Easter at most. */
export const ACTION_LOOKAHEAD_DAYS = 14;

export interface SweepWindows {
  /** meetings (by their Oslo day) that may need a preparation reminder */
  upcomingMeetings: DayRange;
  /** meetings that may need a referat reminder */
  pastMeetings: DayRange;
  /** action deadlines that may be near */
  actionDeadlines: DayRange;
}

export function sweepWindows(today: number): SweepWindows {
  return {
    upcomingMeetings: { from: isoOf(today), to: isoOf(today + PREPARATION_LOOKAHEAD_DAYS) },
    // the first referat reminder is three days after the meeting, so the last three days give none yet
    pastMeetings: { from: isoOf(today - REFERAT_LOOKBACK_DAYS), to: isoOf(today - 3) },
    actionDeadlines: { from: isoOf(today), to: isoOf(today + ACTION_LOOKAHEAD_DAYS) },
  };
}

/** every day of a range, oldest first */
export function daysOf(range: DayRange): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = dayOf(range.from); d <= dayOf(range.to); d++) days.push(isoOf(d));
  return days;
}
