// Checklist items of new hires and leavers (000 3-5, DESIGN §2.9), reminded two working days before their
// deadline until the deadline day, unless done. The nearest leader answers for every item (000: "Ansvar:
// Nærmeste leder"); an item whose role names a person (a fadder, an IT contact) goes to that person.
import { dayOf, isoOf } from '../calendar/days';
import { onOrBeforeWorkingDay } from '../calendar/working-days';
import { exitChecklist, onboardingChecklist } from '../checklists/build';
import { noticeKey, type Notice } from '../notices';
import type { Person } from '../org';
import type { RuleClock } from './conversation-reminders';
import { REMINDER_RULES, type DueReminder } from './rules';
import type { ReminderChecklistItem } from './state';

export function checklistReminders(item: ReminderChecklistItem, { today }: RuleClock): DueReminder[] {
  if (item.done) return [];
  const deadline = dayOf(item.deadline);
  const reminderDay = workingDaysBefore(deadline, REMINDER_RULES.checklistWorkingDaysBefore);
  if (today < reminderDay || today > deadline) return [];
  const recipientId = item.assigneeId ?? item.leaderId;
  if (!recipientId) return []; // the top of the tree has no leader to remind, and no one else is named
  const notice: Notice = {
    type: 'reminder',
    reminder: 'checklist-item-due',
    personId: item.personId,
    itemId: item.itemId,
    due: item.deadline,
  };
  return [
    {
      // the key holds person, item and deadline: a moved start date is a new deadline and a new reminder
      addressed: { recipientId, key: noticeKey(recipientId, notice), notice },
      rule: 'checklist-item-due',
      dueOn: isoOf(reminderDay),
      as: 'responsible',
      source: '000 3-5',
    },
  ];
}

/** `n` working days before `day` (the deadline itself is a working day: build.ts moves it to one) */
export function workingDaysBefore(day: number, n: number): number {
  let d = day;
  for (let i = 0; i < n; i++) d = onOrBeforeWorkingDay(d - 1);
  return d;
}

/**
 * Start dates whose onboarding items can be due today: the earliest deadline is two weeks before the start
 * (moved back over weekends and Easter), the latest the fifth working day after it.
 */
export const ONBOARDING_START_WINDOW = { daysBefore: 16, daysAfter: 30 } as const;
/** Last days whose exit items can be due today: they fall in the two weeks up to the last day. */
export const EXIT_END_WINDOW = { daysBefore: 0, daysAfter: 30 } as const;

/**
 * The checklist items of the people whose start or last day is near, counted from the org's dates with
 * the seed's checklists (core/checklists/build.ts), before stored checklists exist: no item is known to be
 * done, and every item goes to the nearest leader.
 */
export function computedChecklistItems(people: readonly Person[], today: number): ReminderChecklistItem[] {
  const items: ReminderChecklistItem[] = [];
  for (const person of people) {
    const base = { personId: person.id, assigneeId: null, leaderId: person.managerId, done: false };
    const start = dayOf(person.startDate);
    if (
      start >= today - ONBOARDING_START_WINDOW.daysBefore &&
      start <= today + ONBOARDING_START_WINDOW.daysAfter
    ) {
      for (const item of onboardingChecklist({ startDate: person.startDate }))
        items.push({ ...base, itemId: item.id, deadline: item.deadline, responsible: item.responsible });
    }
    const end = person.endDate ? dayOf(person.endDate) : null;
    if (
      end !== null &&
      end >= today - EXIT_END_WINDOW.daysBefore &&
      end <= today + EXIT_END_WINDOW.daysAfter
    ) {
      for (const item of exitChecklist(isoOf(end)))
        items.push({ ...base, itemId: item.id, deadline: item.deadline, responsible: item.responsible });
    }
  }
  return items;
}
