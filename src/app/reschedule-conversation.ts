import { z } from 'zod';
import { AppError } from '../core/errors';
import { requireConductor } from './access';
import { timeIsFree } from './time-is-free';
import { requireConversation, updateConversation } from './conversations-repo';
import { invitationNotice } from './book-conversation';
import { queueNotice } from './queue-notice';
import type { SchedulingDeps } from './scheduling-deps';
import type { Conversation } from '../core/conversation';

export const ZRescheduleInput = z.object({ start: z.string().datetime() });

/** Moves a booked conversation; Outlook sends the update. An employee's request for another time is then answered. */
export async function rescheduleConversation(
  deps: SchedulingDeps,
  input: { userId: string; conversationId: string; start: string },
): Promise<Conversation> {
  const stored = await requireConversation(deps.store, input.conversationId);
  const current = stored.value;
  requireConductor(current, input.userId);
  if (current.status !== 'booked' || !current.meeting) {
    throw new AppError('conflict', `${current.id} is ${current.status}, not booked`);
  }
  const now = deps.clock.now();
  if (Date.parse(input.start) <= now.getTime())
    throw new AppError('bad-request', 'start is in the past', 'body.start');
  const length = Date.parse(current.end) - Date.parse(current.start);
  const end = new Date(Date.parse(input.start) + length).toISOString();

  const [conductor, employee] = await Promise.all([
    deps.directory.getPerson(current.conductorId),
    deps.directory.getPerson(current.employeeId),
  ]);
  if (!conductor || !employee) throw new AppError('not-found', 'a party left the directory');
  const schedules = await deps.calendar.getSchedules(
    current.conductorId,
    [conductor.mail, employee.mail],
    input.start,
    end,
  );
  // The meeting being moved is itself busy in both calendars; only other entries count.
  const others = schedules
    .flatMap((s) => s.items)
    .filter((i) => !(sameInstant(i.start, current.start) && sameInstant(i.end, current.end)));
  if (!timeIsFree(others, input.start, end)) throw new AppError('slot-taken', input.start);

  const meeting = await deps.calendar.rescheduleMeeting(
    current.conductorId,
    current.meeting.eventId,
    input.start,
    end,
  );
  const moved: Conversation = {
    ...current,
    start: meeting.start,
    end: meeting.end,
    newTimeRequest: null,
    updatedAt: now.toISOString(),
  };
  const saved = (await updateConversation(deps.store, moved, stored.etag)).value;
  // the new time is a new invitation card; the old card is stale now (its cardVersion is behind)
  await queueNotice(deps, saved.employeeId, invitationNotice(saved.id), saved.start);
  return saved;
}

function sameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}
