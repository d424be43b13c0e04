// Dates and times as a person in a Norwegian municipality reads them: always Oslo time (DESIGN §4), whatever
// zone the server runs in, e.g. "mandag 30. november 2026 kl. 08:00–09:30".
import { DateTime } from 'luxon';
import type { Language } from '../core/org';

const ZONE = 'Europe/Oslo';

function oslo(iso: string, language: Language): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).setLocale(language);
}

/** "mandag 30. november 2026" (nb), "måndag 30. november 2026" (nn), "Monday 30 November 2026" (en). */
export function formatDay(iso: string, language: Language): string {
  return oslo(iso, language).toFormat(language === 'en' ? 'cccc d LLLL yyyy' : 'cccc d. LLLL yyyy');
}

/** "mandag 30. november 2026 kl. 08:00–09:30", or "Monday 30 November 2026, 08:00–09:30". */
export function formatMeetingTime(start: string, end: string, language: Language): string {
  const from = oslo(start, language).toFormat('HH:mm');
  const to = oslo(end, language).toFormat('HH:mm');
  return language === 'en'
    ? `${formatDay(start, language)}, ${from}–${to}`
    : `${formatDay(start, language)} kl. ${from}–${to}`;
}

/** "mandag 30. november 2026 kl. 08:00" for one instant (when something was sent or changed). */
export function formatInstant(iso: string, language: Language): string {
  const time = oslo(iso, language).toFormat('HH:mm');
  return language === 'en'
    ? `${formatDay(iso, language)}, ${time}`
    : `${formatDay(iso, language)} kl. ${time}`;
}

/** A calendar date (YYYY-MM-DD, no time) such as a deadline: no zone shift may move it a day. */
export function formatDate(isoDate: string, language: Language): string {
  const date = DateTime.fromISO(isoDate, { zone: ZONE }).setLocale(language);
  return date.toFormat(language === 'en' ? 'd LLLL yyyy' : 'd. LLLL yyyy');
}

/** "1 t 30 min" / "1 h 30 min"; a meeting is never shorter than a minute. */
export function formatDuration(start: string, end: string, language: Language): string {
  const minutes = Math.round(DateTime.fromISO(end).diff(DateTime.fromISO(start), 'minutes').minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = language === 'en' ? 'h' : 't';
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} ${h}` : `${hours} ${h} ${rest} min`;
}
