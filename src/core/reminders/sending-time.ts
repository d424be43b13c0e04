// When reminders go out: inside working hours on working days, Oslo time. A reminder found by the sweep at
// 00:15 waits for the morning: a Teams ping at midnight about a preparation form helps nobody, and the
// sweep runs every quarter of an hour, so the morning's first pass sends it. The hours are the policy's
// working hours (the ones conversations are booked in); weekends and public holidays send nothing.
import { DateTime } from 'luxon';
import { dayOf } from '../calendar/days';
import { OSLO, osloDateOf } from '../calendar/oslo';
import { isPublicHoliday } from '../calendar/holidays';
import type { Policy } from '../policy/schema';

export type SendingHours = Policy['workingHours'];

/** Whether `now` (a UTC instant) is inside the sending hours, in Oslo. */
export function isSendingTime(now: string, hours: SendingHours): boolean {
  const local = DateTime.fromISO(now, { zone: 'utc' }).setZone(OSLO);
  if (!local.isValid) throw new RangeError(`not an instant: ${now}`);
  if (!hours.weekdays.includes(local.weekday)) return false;
  if (isPublicHoliday(dayOf(osloDateOf(now)))) return false;
  const clock = local.toFormat('HH:mm');
  return clock >= hours.from && clock < hours.to;
}
