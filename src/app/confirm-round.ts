import type { Conversation } from '../core/conversation';
import { AppError } from '../core/errors';
import { roundConversationId, type Round, type RoundPerson } from '../core/round';
import type { BookedMeeting, ConversationMeeting } from '../ports/calendar';
import { ConflictError } from '../ports/store';
import { getConversation, insertConversation, updateConversation } from './conversations-repo';
import { meetingFor, withMeeting } from './meeting-for';
import { getRound, saveRound } from './rounds-repo';
import { invitationNotice } from './book-conversation';
import { queueNotice } from './queue-notice';
import type { SchedulingDeps } from './scheduling-deps';

/**
 * Sends a previewed round to Outlook. Every conversation is stored before its meeting is asked for, and the
 * conversation id is the meeting's transactionId: confirming again after a crash or a failed batch books
 * what is missing and nothing twice. Progress is written to the round after each batch, for the tab to show.
 */
export async function confirmRound(
  deps: SchedulingDeps,
  input: { leaderId: string; roundId: string },
  onProgress?: (done: number, total: number) => void,
): Promise<Round> {
  const stored = await getRound(deps.store, input.leaderId, input.roundId);
  if (!stored) throw new AppError('not-found', input.roundId);
  if (stored.value.status === 'confirmed') return stored.value;
  const now = () => deps.clock.now();
  let round = (
    await saveRound(
      deps.store,
      { ...stored.value, status: 'confirming', updatedAt: now().toISOString() },
      stored.etag,
    )
  ).value;

  const people = new Map(round.people.map((p) => [p.id, p]));
  const conversations = await Promise.all(
    round.placements.map(async (p) => (await insertConversation(deps.store, draft(round, p, now()))).value),
  );
  const pending = conversations.filter((c) => c.status === 'booking');
  const meetings: ConversationMeeting[] = pending.map((c) =>
    meetingFor(
      c,
      {
        employee: person(people, c.employeeId),
        conductor: person(people, c.conductorId),
      },
      deps.publicUrl,
    ),
  );

  const alreadyDone = conversations.length - pending.length;
  // Progress is written to the round as batches finish, one write at a time, so a leader who reloads the tab
  // mid-way sees how far it got.
  let progressWrites = Promise.resolve();
  const outcomes = await deps.calendar.createMeetings(meetings, (done, total) => {
    onProgress?.(alreadyDone + done, alreadyDone + total);
    const progress = { done: alreadyDone + done, total: alreadyDone + total, failed: [] };
    progressWrites = progressWrites
      .then(() => saveRound(deps.store, { ...round, progress, updatedAt: now().toISOString() }))
      .then(() => undefined);
  });
  await progressWrites;
  const failed: Round['progress']['failed'] = [];
  const invite: Conversation[] = conversations.filter((c) => c.status === 'booked');
  for (const outcome of outcomes) {
    const conversation = pending.find((c) => c.id === outcome.conversationId);
    if (!conversation) continue;
    if (outcome.ok) {
      await markBooked(deps, conversation.id, outcome.meeting);
      invite.push({ ...conversation, start: outcome.meeting.start });
    } else failed.push({ employeeId: conversation.employeeId, error: outcome.error });
  }
  // Each booked meeting's invitation card (000); those booked by an earlier confirm were queued then, and
  // their keys make queueing them again a no-op, which also covers a crash between booking and queueing.
  // A co-conductor (003) is the meeting's organizer, so Outlook tells them nothing: Samtale does, one notice
  // per conversation, with the way to its preparations.
  for (const c of invite) {
    await queueNotice(deps, c.employeeId, invitationNotice(c.id), c.start);
    if (c.conductorId !== round.leaderId)
      await queueNotice(deps, c.conductorId, {
        type: 'leader-notification',
        event: 'conductor-assigned',
        conversationId: c.id,
      });
  }
  const latest = await getRound(deps.store, round.leaderId, round.id);
  round = {
    ...(latest?.value ?? round),
    status: failed.length === 0 ? 'confirmed' : 'partly-confirmed',
    progress: { done: round.placements.length - failed.length, total: round.placements.length, failed },
    updatedAt: now().toISOString(),
  };
  return (await saveRound(deps.store, round)).value;
}

function draft(round: Round, placement: Round['placements'][number], now: Date): Conversation {
  return {
    id: roundConversationId(round.id, placement.employeeId),
    kind: round.settings.kind,
    employeeId: placement.employeeId,
    conductorId: placement.conductorId,
    status: 'booking',
    start: placement.start,
    end: placement.end,
    location: round.settings.location,
    online: round.settings.online,
    specialTopics: round.settings.specialTopics,
    roundId: round.id,
    meeting: null,
    newTimeRequest: null,
    cancelMessage: null,
    createdBy: round.leaderId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** Records the meeting on the conversation; when a concurrent confirm got there first, theirs stands. */
async function markBooked(deps: SchedulingDeps, id: string, meeting: BookedMeeting): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await getConversation(deps.store, id);
    if (!current || current.value.status !== 'booking') return;
    try {
      await updateConversation(
        deps.store,
        withMeeting(current.value, meeting, deps.clock.now()),
        current.etag,
      );
      return;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
}

function person(people: Map<string, RoundPerson>, id: string): RoundPerson {
  const found = people.get(id);
  if (!found) throw new AppError('internal', `round lacks person ${id}`);
  return found;
}
