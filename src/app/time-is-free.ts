import { blockingIntervals, isFree, msOf, type BusyTime } from '../core/scheduling/busy';

/** True when nobody's calendar has anything blocking in [start, end). */
export function timeIsFree(busy: Iterable<BusyTime>, start: string, end: string): boolean {
  return isFree(blockingIntervals(busy, 0), msOf(start), msOf(end));
}
