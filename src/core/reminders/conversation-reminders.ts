// The reminders a conversation gives (DESIGN §2.8), each at its day and then once: the preparation a side
// has not submitted, the referat someone must still sign, the signed plan's actions whose deadline is near.
// A cancelled conversation gives none, nor one whose meeting Outlook never confirmed ('booking').
import { dayOf, isoOf } from '../calendar/days';
import { osloDateOf } from '../calendar/oslo';
import { onOrAfterWorkingDay, onOrBeforeWorkingDay } from '../calendar/working-days';
import { noticeKey, type Notice } from '../notices';
import type { IsoDate } from '../org';
import { REMINDER_RULES, type DueReminder } from './rules';
import type { ReminderConversation, ReminderReferat } from './state';
import { REFERAT_LOOKBACK_DAYS } from './windows';

export interface RuleClock {
  /** the UTC instant of the sweep */
  now: string;
  /** its Oslo date as a day number (core/calendar/days.ts) */
  today: number;
}

export function conversationReminders(c: ReminderConversation, clock: RuleClock): DueReminder[] {
  if (c.status !== 'booked') return [];
  return [...preparationMissing(c, clock), ...referatUnsigned(c, clock), ...actionsNear(c, clock)];
}

function remind(
  recipientId: string,
  notice: Notice,
  occasion: string,
  rest: Omit<DueReminder, 'addressed'>,
): DueReminder {
  return { addressed: { recipientId, key: noticeKey(recipientId, notice, occasion), notice }, ...rest };
}

/**
 * Two days before the meeting's day, on the working day before when that is a weekend or holiday (a
 * Monday meeting's reminder goes on Friday), to each side that has not submitted, until the meeting
 * starts. The occasion is the meeting's day: a conversation moved to another day is reminded again.
 */
function preparationMissing(c: ReminderConversation, { now, today }: RuleClock): DueReminder[] {
  if (Date.parse(now) >= Date.parse(c.start)) return [];
  const meetingDay = osloDateOf(c.start);
  const reminderDay = onOrBeforeWorkingDay(dayOf(meetingDay) - REMINDER_RULES.preparationDaysBefore);
  if (today < reminderDay) return [];
  // booked on or after the reminder day: the invitation that just went out asks for the preparation itself
  if (dayOf(osloDateOf(c.bookedAt)) >= reminderDay) return [];
  const notice: Notice = { type: 'reminder', reminder: 'preparation-missing', conversationId: c.id };
  const rest = {
    rule: 'preparation-missing',
    dueOn: isoOf(reminderDay),
    source: 'DESIGN §2.8; 004',
  } as const;
  const due: DueReminder[] = [];
  if (!c.preparations.employee)
    due.push(remind(c.employeeId, notice, meetingDay, { ...rest, as: 'employee' }));
  if (!c.preparations.leader)
    due.push(remind(c.conductorId, notice, meetingDay, { ...rest, as: 'conductor' }));
  return due;
}

/**
 * Three days after the meeting, the leader while the leader has not approved (no referat yet counts as
 * not approved: it is the leader's to write); once the leader has, the employee, three days after the
 * leader's approval. Weekly again while unsigned, at most four times; each on the working day on or after.
 */
function referatUnsigned(c: ReminderConversation, { today }: RuleClock): DueReminder[] {
  const referat = c.referat;
  if (referat?.leaderApprovedAt && referat.employeeApprovedAt) return [];
  const meetingDay = dayOf(referat?.heldOn ?? osloDateOf(c.start));
  // the sweep reads no further back (windows.ts); the preview must not promise more than the sweep sends
  if (dayOf(osloDateOf(c.start)) < today - REFERAT_LOOKBACK_DAYS) return [];
  const notice: Notice = { type: 'reminder', reminder: 'referat-to-approve', conversationId: c.id };
  if (!referat?.leaderApprovedAt) {
    const due = latestRepeat(meetingDay, today);
    return due === null ? [] : [referatReminder(c.conductorId, notice, due, 'conductor')];
  }
  const base = Math.max(meetingDay, dayOf(osloDateOf(referat.leaderApprovedAt)));
  const due = latestRepeat(base, today);
  return due === null ? [] : [referatReminder(c.employeeId, notice, due, 'employee')];
}

function referatReminder(
  recipientId: string,
  notice: Notice,
  dueOn: IsoDate,
  as: DueReminder['as'],
): DueReminder {
  // the occasion is the day of this repeat: the second weekly reminder is a new message, a rerun is not
  return remind(recipientId, notice, dueOn, {
    rule: 'referat-to-approve',
    dueOn,
    as,
    source: 'DESIGN §2.8; 000 2.4',
  });
}

/**
 * The latest of the repeats base+3, base+10, … (at most four) that has come by today; only that one, so a
 * sweep after a week's downtime sends one reminder, not three. Null before the first and after the last
 * one's week has passed.
 */
function latestRepeat(base: number, today: number): IsoDate | null {
  const { referatDaysAfter, referatRepeatDays, referatMaxReminders } = REMINDER_RULES;
  let latest: number | null = null;
  for (let n = 0; n < referatMaxReminders; n++) {
    const day = onOrAfterWorkingDay(base + referatDaysAfter + n * referatRepeatDays);
    if (day <= today) latest = day;
  }
  if (latest === null || today >= latest + referatRepeatDays) return null;
  return isoOf(latest);
}

/**
 * Actions of a signed plan (both approved), not done, a week before their deadline until the deadline
 * day. To who carries it when that is the employee or the conductor; any other responsible (someone
 * outside the conversation, or "HR" with no person) is followed up by the conductor, since the plan is
 * confidential to its two parties (DESIGN §6) and the card shows what the action is.
 */
function actionsNear(c: ReminderConversation, { today }: RuleClock): DueReminder[] {
  const signedDay = signedOn(c.referat);
  if (signedDay === null || !c.referat) return [];
  const due: DueReminder[] = [];
  for (const action of c.referat.actions) {
    if (action.done) continue;
    const deadline = dayOf(action.deadline);
    const reminderDay = onOrBeforeWorkingDay(deadline - REMINDER_RULES.actionDaysBefore);
    if (today < reminderDay || today > deadline) continue;
    // signed this close to the deadline: the plan they just signed says it
    if (signedDay >= reminderDay) continue;
    const party = action.responsibleId === c.employeeId || action.responsibleId === c.conductorId;
    const recipientId = party && action.responsibleId ? action.responsibleId : c.conductorId;
    const notice: Notice = {
      type: 'reminder',
      reminder: 'action-deadline-near',
      conversationId: c.id,
      actionId: action.id,
    };
    due.push(
      // the occasion is the deadline: a plan signed again with a new deadline is reminded again
      remind(recipientId, notice, action.deadline, {
        rule: 'action-deadline-near',
        dueOn: isoOf(reminderDay),
        as: party ? (recipientId === c.employeeId ? 'employee' : 'conductor') : 'conductor',
        source: 'DESIGN §2.8; 002 3',
      }),
    );
  }
  return due;
}

/** the Oslo day the second of the two approvals was given, or null while unsigned */
function signedOn(referat: ReminderReferat | null): number | null {
  if (!referat?.leaderApprovedAt || !referat.employeeApprovedAt) return null;
  const [leader, employee] = [referat.leaderApprovedAt, referat.employeeApprovedAt];
  const last = Date.parse(leader) > Date.parse(employee) ? leader : employee;
  return dayOf(osloDateOf(last));
}
