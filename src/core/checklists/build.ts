// Checklists with deadlines for one hire or one leaver.
//
// Weekends and public holidays (date-holidays 'NO'): a deadline counted back from a date — before the start,
// or before the last day — that falls on a weekend or public holiday moves to the working day before, so the
// work is done in time (−14 days from Thursday 16 April 2026 is skjærtorsdag: it moves to Wednesday 1 April).
// "1. dag" is the first working day on or after the start date. "I løpet av 1. uke" is the fifth working day
// of the employment, so a holiday in the first week does not shorten it (start Monday 30 March 2026 → 8 April).
import { dayOf, isoOf } from '../calendar/days';
import { nthWorkingDay, onOrAfterWorkingDay, onOrBeforeWorkingDay } from '../calendar/working-days';
import type { IsoDate } from '../org';
import { BEFORE_START_ITEMS } from './before-start-items';
import { EXIT_ITEMS } from './exit-items';
import { FIRST_DAYS_ITEMS } from './first-days-items';
import type { ChecklistItem, ChecklistItemDefinition } from './types';

export interface OnboardingOptions {
  startDate: IsoDate;
  /** a fadder is named for this hire (000 2, 000 3): the items a mentor may take are theirs */
  mentor?: boolean;
  /** the hire is a leader: include the meeting with the head of HR (000 4) */
  newLeader?: boolean;
}

function toItem(definition: ChecklistItemDefinition, deadline: number, mentor: boolean): ChecklistItem {
  const item: ChecklistItem = {
    id: definition.id,
    phase: definition.phase,
    responsible: mentor && definition.mentorMayTake ? 'mentor' : definition.responsible,
    deadline: isoOf(deadline),
    text: definition.text,
    source: definition.source,
  };
  if (definition.involves) item.involves = definition.involves;
  return item;
}

function byDeadline(a: ChecklistItem, b: ChecklistItem): number {
  return a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0;
}

export function onboardingChecklist({
  startDate,
  mentor = false,
  newLeader = false,
}: OnboardingOptions): ChecklistItem[] {
  const start = dayOf(startDate);
  const firstDay = onOrAfterWorkingDay(start);
  const fifthDay = nthWorkingDay(start, 5);
  const items = [...BEFORE_START_ITEMS, ...FIRST_DAYS_ITEMS]
    .filter((definition) => newLeader || !definition.onlyForNewLeader)
    .map((definition) => {
      if (definition.phase === 'day-1') return toItem(definition, firstDay, mentor);
      if (definition.phase === 'week-1') return toItem(definition, fifthDay, mentor);
      return toItem(definition, onOrBeforeWorkingDay(start + (definition.offsetDays ?? 0)), mentor);
    });
  // a stable sort keeps the seed's order among items with the same deadline
  return items.sort(byDeadline);
}

/** The exit checklist (000 5) counted back from the last day of employment. */
export function exitChecklist(endDate: IsoDate): ChecklistItem[] {
  const end = dayOf(endDate);
  return EXIT_ITEMS.map((definition) =>
    toItem(definition, onOrBeforeWorkingDay(end + (definition.offsetDays ?? 0)), false),
  ).sort(byDeadline);
}
