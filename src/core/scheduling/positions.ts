// Where in a conductor's day the round planner may put conversations. The planner needs the candidate times of
// one conductor to be mutually exclusive (see round-model.ts), so each day is cut into positions that never
// overlap: a 90-minute conversation with a 15-minute buffer gives 08:00, 09:45, 11:30 and 13:15 in an empty
// 08:00-15:30 day. The cut follows the conductor's own calendar: with "Ledermøte" 08:30-09:30 the first
// position moves to 09:45 (09:30 plus the buffer) instead of losing both 08:00 and 09:45.
import { isFree, MINUTE_MS } from './busy';
import type { WorkingWindow } from './working-windows';

export interface Position {
  start: number;
  end: number;
}

/**
 * Greedy earliest start on the step grid: take the first grid time at which the conductor is free for the
 * whole conversation, then continue one buffer after it ends. For intervals of equal length this is the
 * classic earliest-finish rule, so no other cut of the day into non-overlapping grid positions holds more.
 */
export function conductorPositions(
  window: WorkingWindow,
  conductorBlocks: readonly number[],
  durationMinutes: number,
  bufferMinutes: number,
  stepMinutes: number,
): Position[] {
  const duration = durationMinutes * MINUTE_MS;
  const step = stepMinutes * MINUTE_MS;
  const gap = bufferMinutes * MINUTE_MS;
  const positions: Position[] = [];
  let start = window.open;
  while (start + duration <= window.close) {
    if (isFree(conductorBlocks, start, start + duration)) {
      positions.push({ start, end: start + duration });
      // back onto the grid after the conversation and its buffer
      start += Math.ceil((duration + gap) / step) * step;
    } else {
      start += step;
    }
  }
  return positions;
}
