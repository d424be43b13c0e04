// A conversation as the product keeps it: who, what kind, when, where, and its Outlook meeting.
// Times are UTC ISO strings; what a person sees is formatted in Europe/Oslo at the edge.
import { z } from 'zod';
import { dayOf } from './calendar/days';
import { osloDateOf } from './calendar/oslo';
import { ZConversationKind } from './org';

export const ZConversationStatus = z.enum([
  /** stored, the meeting not yet confirmed by Outlook: a retry finishes it (transactionId) */
  'booking',
  /** the meeting is in both calendars */
  'booked',
  'cancelled',
]);
export type ConversationStatus = z.infer<typeof ZConversationStatus>;

export const ZLocation = z.object({
  displayName: z.string().trim().min(1).max(200),
  /** a bookable room's mailbox; null for a place that is not a room resource */
  roomMail: z.string().email().nullable(),
});
export type Location = z.infer<typeof ZLocation>;

export const ZNewTimeRequest = z.object({
  reason: z.string().trim().min(1).max(1000),
  /** free text such as "tirsdager etter kl. 12" */
  preferredTimes: z.string().trim().max(500),
  requestedAt: z.string().datetime(),
});
export type NewTimeRequest = z.infer<typeof ZNewTimeRequest>;

export const ZConversation = z.object({
  id: z.string().min(1),
  kind: ZConversationKind,
  employeeId: z.string().uuid(),
  /** the leader who holds it; may differ from the manager (003: several leaders share, 002: delegation) */
  conductorId: z.string().uuid(),
  status: ZConversationStatus,
  start: z.string().datetime(),
  end: z.string().datetime(),
  location: ZLocation.nullable(),
  online: z.boolean(),
  /** 002: the leader's special topics are stated in the invitation */
  specialTopics: z.string().max(2000),
  roundId: z.string().nullable(),
  meeting: z
    .object({
      eventId: z.string(),
      joinUrl: z.string().nullable(),
      webLink: z.string().nullable(),
      /** same on the organizer's and the attendees' copies: how the Outlook add-in finds the conversation */
      iCalUId: z.string().optional(),
    })
    .nullable(),
  newTimeRequest: ZNewTimeRequest.nullable(),
  cancelMessage: z.string().nullable(),
  createdBy: z.string().uuid(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Conversation = z.infer<typeof ZConversation>;

/**
 * Calendar days in Oslo from today to the meeting's day; the invitation rule (000: 1-2 weeks ahead) counts
 * these. Invited on a Monday at 10:00 to the next Monday at 08:00 is 7 days ahead, not 6 days and 22 hours.
 */
export function daysAhead(now: Date, start: string): number {
  return dayOf(osloDateOf(start)) - dayOf(osloDateOf(now.toISOString()));
}
