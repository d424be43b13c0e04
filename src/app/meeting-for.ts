// From a stored conversation to the Outlook meeting that carries it.
import type { Conversation } from '../core/conversation';
import { invitationText } from '../core/invitation-text';
import { languageFromLocale } from '../core/language';
import type { BookedMeeting, ConversationMeeting } from '../ports/calendar';
import type { DirectoryPerson } from '../ports/directory';

/** what the invitation needs to know of a person */
export type MeetingPerson = Pick<DirectoryPerson, 'displayName' | 'mail' | 'preferredLanguage'>;

export function meetingFor(
  conversation: Conversation,
  people: { employee: MeetingPerson; conductor: MeetingPerson },
  publicUrl: string,
): ConversationMeeting {
  // The invitation speaks the employee's language: it is their meeting to prepare for.
  const text = invitationText({
    language: languageFromLocale(people.employee.preferredLanguage),
    kind: conversation.kind,
    employeeName: people.employee.displayName,
    conductorName: people.conductor.displayName,
    specialTopics: conversation.specialTopics,
    preparationUrl: `${publicUrl}/tab/#/conversations/${encodeURIComponent(conversation.id)}/prepare`,
  });
  const attendees: ConversationMeeting['attendees'] = [
    { mail: people.employee.mail, name: people.employee.displayName, type: 'required' },
  ];
  const room = conversation.location?.roomMail;
  if (room && conversation.location)
    attendees.push({ mail: room, name: conversation.location.displayName, type: 'resource' });
  return {
    conversationId: conversation.id,
    organizerId: conversation.conductorId,
    attendees,
    start: conversation.start,
    end: conversation.end,
    subject: text.subject,
    bodyHtml: text.bodyHtml,
    location: conversation.location,
    online: conversation.online,
    reminderMinutes: 15,
    // The conversation id is the transaction id: a retry after a crash finds the meeting, never makes a second.
    transactionId: conversation.id,
  };
}

export function withMeeting(conversation: Conversation, meeting: BookedMeeting, now: Date): Conversation {
  return {
    ...conversation,
    status: 'booked',
    start: meeting.start,
    end: meeting.end,
    meeting: {
      eventId: meeting.eventId,
      joinUrl: meeting.joinUrl,
      webLink: meeting.webLink,
      ...(meeting.iCalUId ? { iCalUId: meeting.iCalUId } : {}),
    },
    updatedAt: now.toISOString(),
  };
}
