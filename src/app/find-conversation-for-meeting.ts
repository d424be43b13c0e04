// The Outlook add-in opens on a meeting and asks which conversation it belongs to. The item it has is the
// caller's own copy: an attendee's copy has another item id than the organizer's, and Exchange does not copy
// our extended property to it, so the conversation is found by the iCalUId all copies share.
import type { ConversationKind } from '../core/org';
import { AppError } from '../core/errors';
import type { Calendar } from '../ports/calendar';
import type { Store } from '../ports/store';
import { findConversationByICalUId } from './conversations-repo';

export interface MeetingConversation {
  conversationId: string;
  role: 'employee' | 'conductor';
  kind: ConversationKind;
  start: string;
}

export interface FindConversationForMeetingDeps {
  calendar: Pick<Calendar, 'getEventICalUId'>;
  store: Store;
}

/**
 * The conversation of the meeting `itemId` (a REST id) in the caller's own calendar. Any other meeting, and a
 * conversation the caller is not a party to, gets the same friendly answer: nothing tells an outsider that a
 * conversation exists.
 */
export async function findConversationForMeeting(
  deps: FindConversationForMeetingDeps,
  input: { userId: string; itemId: string },
): Promise<MeetingConversation> {
  const iCalUId = await deps.calendar.getEventICalUId(input.userId, input.itemId);
  if (!iCalUId) throw new AppError('not-a-samtale-meeting', 'no such item in the caller’s calendar');
  const conversation = await findConversationByICalUId(deps.store, iCalUId);
  const role =
    conversation?.employeeId === input.userId
      ? 'employee'
      : conversation?.conductorId === input.userId
        ? 'conductor'
        : null;
  if (!conversation || !role) throw new AppError('not-a-samtale-meeting', `iCalUId ${iCalUId}`);
  return { conversationId: conversation.id, role, kind: conversation.kind, start: conversation.start };
}
