// Dates as the reader of the referat sees them: Norwegian day order, Oslo time for the signatures (an
// approval stored as 2026-03-31T06:15:00Z was given at 08:15 on the clock in Norway that day).
import { DateTime } from 'luxon';
import { formatDate, OSLO } from '../../core/calendar/oslo';
import type { IsoDate, Language } from '../../core/org';

/** "30.03.2026" */
export function formatDay(date: IsoDate): string {
  return formatDate(date);
}

/** "31.03.2026 kl. 08:15" in Norwegian, "31.03.2026 08:15 (Oslo)" in English. */
export function formatInstant(instant: string, language: Language): string {
  const oslo = DateTime.fromISO(instant, { setZone: true }).setZone(OSLO);
  if (!oslo.isValid) throw new RangeError(`not an instant: ${instant}`);
  return language === 'en'
    ? oslo.toFormat("dd.MM.yyyy HH:mm '(Oslo)'")
    : oslo.toFormat("dd.MM.yyyy 'kl.' HH:mm");
}

/** The document language as the PDF's /Lang (BCP 47). */
export function pdfLanguageTag(language: Language): string {
  return { nb: 'nb-NO', nn: 'nn-NO', en: 'en' }[language];
}
