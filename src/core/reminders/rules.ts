// The reminder rules' numbers, each with its source, and what a due reminder is.
import type { AddressedNotice } from '../notices';
import type { IsoDate } from '../org';

export const REMINDER_RULES = {
  /** DESIGN §2.8: "preparation missing two days before" the meeting (004: both sides prepare) */
  preparationDaysBefore: 2,
  /** DESIGN §2.8: "referat unsigned three days after" the meeting (000 2.4, 002, 004: both sign) */
  referatDaysAfter: 3,
  /**
   * Ours: a referat still unsigned is reminded again a week later, four times at most (days 3, 10, 17 and
   * 24). One reminder is easy to miss in a busy chat; a daily one is nagging. After that it stays on the
   * leader's overview, and HR's report shows the conversation as not held until both have signed.
   */
  referatRepeatDays: 7,
  referatMaxReminders: 4,
  /**
   * Ours: an action of the signed plan is reminded a week before its deadline. 002 asks the plan for
   * "tidsfrister og hvem som skal gjøre hva"; a week leaves time to book a course or a meeting, a day does
   * not. Falls on the working day before when that day is a weekend or holiday.
   */
  actionDaysBefore: 7,
  /**
   * Ours: a checklist item is reminded two working days before its deadline (000 3-5 give the deadlines:
   * "-2 uker", "1. dag", "I løpet av 1. uke"), so "Klargjøring av arbeidsplass" is done before the first
   * day rather than noticed on it.
   */
  checklistWorkingDaysBefore: 2,
} as const;

/** Which rule a reminder comes from, as the README and the CLI name them. */
export type ReminderRule =
  'preparation-missing' | 'referat-to-approve' | 'action-deadline-near' | 'checklist-item-due';

/** A reminder the rules found due now. */
export interface DueReminder {
  /** what goes to the outbox: recipient, idempotency key and notice */
  addressed: AddressedNotice;
  rule: ReminderRule;
  /** the day the reminder is for; a sweep that missed it (server down) sends it later, once */
  dueOn: IsoDate;
  /** the recipient's part: the conversation's employee or conductor, or who carries an action or item */
  as: 'employee' | 'conductor' | 'responsible';
  /** the seed or DESIGN section behind it */
  source: string;
}
