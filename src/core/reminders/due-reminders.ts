// The reminders due now (DESIGN §2.8), from the state and the clock: the pure heart of the reminder sweep
// and of `samtale remind --dry-run`. Outside the sending hours nothing is due; inside them, every reminder
// whose day has come and whose reason still holds, each with the key that sends it once.
import { dayOf } from '../calendar/days';
import { osloDateOf } from '../calendar/oslo';
import { checklistReminders } from './checklist-reminders';
import { conversationReminders } from './conversation-reminders';
import type { DueReminder } from './rules';
import { isSendingTime, type SendingHours } from './sending-time';
import type { ReminderState } from './state';

export interface DueRemindersInput {
  /** the UTC instant of the sweep */
  now: string;
  state: ReminderState;
  /** the policy's working hours: when reminders go out */
  sendingHours: SendingHours;
}

export function dueReminders(input: DueRemindersInput): DueReminder[] {
  if (!isSendingTime(input.now, input.sendingHours)) return [];
  const clock = { now: input.now, today: dayOf(osloDateOf(input.now)) };
  const due = [
    ...input.state.conversations.flatMap((c) => conversationReminders(c, clock)),
    ...input.state.checklistItems.flatMap((item) => checklistReminders(item, clock)),
  ];
  // one per key: the same item listed twice (a stored checklist and a computed one) is one reminder
  const byKey = new Map(due.map((d) => [d.addressed.key, d]));
  return [...byKey.values()];
}
