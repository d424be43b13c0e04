// Free slots for one conversation: when the conductor and the employee are both free, inside working hours,
// on a working day 1-2 weeks ahead (000: "innkalling 1-2 uker i forveien", policy.invitation), on a day
// where the conductor has not reached the policy's maximum of conversations.
import { z } from 'zod';
import { dayOf, isoOf } from '../calendar/days';
import { osloDateOf } from '../calendar/oslo';
import type { IsoDate } from '../org';
import { blockingIntervals, instantOf, isFree, MINUTE_MS, msOf, type BusyTime } from './busy';
import { osloClockMs, workingWindows, type WorkingHours } from './working-windows';

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');

/** A time of day someone prefers, Oslo wall clock: { from: '09:00', to: '12:00' }. */
export const ZPreferredTime = z.object({ from: ZClock, to: ZClock });
export type PreferredTime = z.infer<typeof ZPreferredTime>;

export interface FreeSlotInput {
  /** the day the invitation goes out; the use case passes the clock's today */
  today: IsoDate;
  /** policy.invitation: the first and last day ahead a conversation may be held */
  lead: { minDaysAhead: number; maxDaysAhead: number };
  workingHours: WorkingHours;
  /** the municipality's own closed days; Norwegian public holidays are always closed */
  closedDates?: readonly IsoDate[];
  durationMinutes: number;
  /** free minutes kept before and after anything busy */
  bufferMinutes: number;
  /** everyone's busy time together, conductor and employee: a slot must be free for both */
  busy: readonly BusyTime[];
  /** the conductor's conversations already booked (UTC); they block and count towards maxPerDay */
  booked: readonly { start: string; end: string }[];
  /** policy.maxConversationsPerLeaderPerDay */
  maxPerDay: number;
  preferred?: readonly PreferredTime[];
  /** start times lie this many minutes apart from the opening (default 15) */
  stepMinutes?: number;
}

export interface FreeSlot {
  start: string;
  end: string;
  /** the Oslo date */
  date: IsoDate;
  /** lies wholly inside one of the preferred times */
  preferred: boolean;
  /** the conductor's conversations already booked that day */
  conductorLoad: number;
}

/**
 * Every free slot in the lead window, ranked: preferred times first; then days where the conductor has fewer
 * conversations, so a round does not pile up on one day; then the earliest. Starts are on a grid from the
 * opening (08:00, 08:15, …) and a slot ends by closing: with 08:00-15:30 the last 90-minute slot starts 14:00.
 */
export function findFreeSlots(input: FreeSlotInput): FreeSlot[] {
  const step = (input.stepMinutes ?? 15) * MINUTE_MS;
  const duration = input.durationMinutes * MINUTE_MS;
  const today = dayOf(input.today);
  const from = isoOf(today + input.lead.minDaysAhead);
  const to = isoOf(today + input.lead.maxDaysAhead);

  const load = new Map<IsoDate, number>();
  for (const booking of input.booked) {
    const date = osloDateOf(booking.start);
    load.set(date, (load.get(date) ?? 0) + 1);
  }
  const booked = input.booked.map((b): BusyTime => ({ ...b, showAs: 'busy' }));
  const blocks = blockingIntervals([...input.busy, ...booked], input.bufferMinutes);

  const slots: FreeSlot[] = [];
  for (const window of workingWindows(from, to, input.workingHours, input.closedDates)) {
    const conductorLoad = load.get(window.date) ?? 0;
    if (conductorLoad >= input.maxPerDay) continue;
    const preferred = (input.preferred ?? []).map((p) => [
      osloClockMs(window.date, p.from),
      osloClockMs(window.date, p.to),
    ]);
    for (let start = window.open; start + duration <= window.close; start += step) {
      const end = start + duration;
      if (!isFree(blocks, start, end)) continue;
      slots.push({
        start: instantOf(start),
        end: instantOf(end),
        date: window.date,
        preferred: preferred.some(([pFrom = 0, pTo = 0]) => start >= pFrom && end <= pTo),
        conductorLoad,
      });
    }
  }
  return slots.sort(
    (a, b) =>
      Number(b.preferred) - Number(a.preferred) ||
      a.conductorLoad - b.conductorLoad ||
      msOf(a.start) - msOf(b.start),
  );
}
