// Everything a person sees is in Europe/Oslo; storage and Graph use UTC instants. The conversions go
// through luxon's time-zone database, because the offset changes twice a year (+01:00 in winter, +02:00
// from the last Sunday of March to the last Sunday of October).
import { DateTime } from 'luxon';
import type { IsoDate } from '../org';

export const OSLO = 'Europe/Oslo';

/** The Oslo calendar date of a UTC instant: 2026-03-28T23:30:00Z is already 2026-03-29 in Oslo. */
export function osloDateOf(instant: string): IsoDate {
  const date = DateTime.fromISO(instant, { zone: 'utc' });
  if (!date.isValid) throw new RangeError(`not an instant: ${instant}`);
  return date.setZone(OSLO).toISODate() ?? '';
}

/** The UTC instant of an Oslo wall-clock time (HH:mm) on an Oslo date, as an ISO string ending in Z. */
export function osloToUtc(date: IsoDate, time: string): string {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: OSLO });
  if (!local.isValid) throw new RangeError(`not an Oslo time: ${date} ${time}`);
  return local.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

/** "24.03.2026 kl. 09:00": how a UTC instant is shown to a Norwegian reader. */
export function formatOslo(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(OSLO).toFormat("dd.MM.yyyy 'kl.' HH:mm");
}

/** "24.03.2026": the Norwegian way to write a date. */
export function formatDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
