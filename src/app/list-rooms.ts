import { AppError } from '../core/errors';
import type { Room } from '../ports/calendar';
import type { SchedulingDeps } from './scheduling-deps';

/**
 * The tenant's meeting rooms, for the leader's booking dialog. 002: the conversation is held somewhere quiet
 * and neutral, not in the leader's own office, so the dialog offers the bookable rooms. Only leaders plan
 * conversations, so only a leader (someone with direct reports) may list them.
 */
export async function listRooms(
  deps: Pick<SchedulingDeps, 'directory' | 'calendar'>,
  input: { userId: string },
): Promise<Room[]> {
  const reports = await deps.directory.listDirectReports(input.userId);
  if (reports.length === 0) throw new AppError('not-a-leader', `${input.userId} has no direct reports`);
  const rooms = await deps.calendar.listRooms();
  return [...rooms].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
}
