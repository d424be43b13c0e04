// Busy time as the scheduler reads it: UTC intervals with Graph's freeBusyStatus. The core keeps its own
// types (ports import core, not the reverse); they have the shape of src/ports/calendar.ts BusyInterval, so
// a MailboxSchedule's items can be passed in as they are.
import { z } from 'zod';

/** Graph's freeBusyStatus. */
export const ZShowAs = z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);
export type ShowAs = z.infer<typeof ZShowAs>;

export const ZBusyTime = z.object({
  /** UTC instant, e.g. "2026-12-01T08:00:00Z" */
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  showAs: ZShowAs,
});
export type BusyTime = z.infer<typeof ZBusyTime>;

/**
 * What stops a booking. A tentative meeting blocks: the person may well go, and a conversation booked over
 * it would be the one that moves. "workingElsewhere" (a course, a home visit) is marked as available in
 * Outlook, and "free" is free. "unknown" blocks: we cannot see it, so we do not book over it.
 */
const BLOCKING: ReadonlySet<ShowAs> = new Set<ShowAs>(['busy', 'tentative', 'oof', 'unknown']);

export const MINUTE_MS = 60_000;

/** A UTC ISO instant as milliseconds; throws on anything that is not one. */
export function msOf(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return ms;
}

/** Milliseconds as "2026-12-01T08:00:00Z" (whole seconds, as Graph and the demo calendars write it). */
export function instantOf(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * The blocking intervals of one or more people, each widened by the buffer on both sides, sorted and merged:
 * a flat array [start0, end0, start1, end1, …] in ms. With a 15-minute buffer a meeting 10:00-11:00 blocks
 * 09:45-11:15, so a conversation can neither end at 10:00 sharp nor start at 11:00 sharp.
 */
export function blockingIntervals(busy: Iterable<BusyTime>, bufferMinutes: number): number[] {
  const buffer = bufferMinutes * MINUTE_MS;
  const pairs: [number, number][] = [];
  for (const item of busy) {
    if (!BLOCKING.has(item.showAs)) continue;
    const start = msOf(item.start);
    const end = msOf(item.end);
    if (end > start) pairs.push([start - buffer, end + buffer]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && start <= (merged[last] ?? 0)) merged[last] = Math.max(merged[last] ?? 0, end);
    else merged.push(start, end);
  }
  return merged;
}

/**
 * True when [start, end) touches no merged blocking interval. Intervals are half-open: a block that ends at
 * 10:00 leaves a slot starting at 10:00 free. Binary search, since the round planner asks this for every
 * employee and every position (60,000 times for 1,000 employees).
 */
export function isFree(blocks: readonly number[], start: number, end: number): boolean {
  // the first interval whose end is after `start`
  let lo = 0;
  let hi = blocks.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid * 2 + 1] ?? 0) > start) hi = mid;
    else lo = mid + 1;
  }
  return lo * 2 >= blocks.length || (blocks[lo * 2] ?? 0) >= end;
}
