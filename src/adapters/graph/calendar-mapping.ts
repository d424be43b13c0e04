// The Calendar port's shapes as Graph's: the event we create, the schedule and room answers we read.
// Times cross the boundary as dateTimeTimeZone in 'UTC' both ways, so no zone maths happens here.
import { z } from 'zod';
import type {
  BookedMeeting,
  BusyInterval,
  ConversationMeeting,
  MailboxSchedule,
  Room,
} from '../../ports/calendar';
import { samtaleProperty } from './extended-property';

export const DEFAULT_CONVERSATION_PROPERTY = samtaleProperty('SamtaleConversationId');

/** '2026-12-01T08:00:00Z' -> { dateTime: '2026-12-01T08:00:00', timeZone: 'UTC' } */
export function toGraphDateTime(utcIso: string): { dateTime: string; timeZone: string } {
  const ms = Date.parse(utcIso);
  if (Number.isNaN(ms)) throw new Error(`not a UTC time: ${utcIso}`);
  return { dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' };
}

export const ZDateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().nullish() });

/** Graph's '2026-12-01T08:00:00.0000000' in UTC -> '2026-12-01T08:00:00Z'; we always ask for UTC */
export function fromGraphDateTime(value: z.infer<typeof ZDateTimeTimeZone>): string {
  const zone = value.timeZone ?? 'UTC';
  if (zone !== 'UTC' && zone !== 'Etc/UTC')
    throw new Error(`expected a UTC time from Graph, got zone '${zone}'`);
  const ms = Date.parse(`${value.dateTime.replace(/(\.\d{3})\d*$/, '$1').replace(/Z$/, '')}Z`);
  if (Number.isNaN(ms)) throw new Error(`not a Graph dateTime: ${value.dateTime}`);
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** the body of POST /users/{organizer}/events for one conversation */
export function toEventBody(meeting: ConversationMeeting, propertyId: string): Record<string, unknown> {
  const roomMail = meeting.location?.roomMail ?? null;
  const attendees = meeting.attendees.map((a) => ({
    emailAddress: { address: a.mail, name: a.name },
    type: a.type,
  }));
  // seed 002 (not the leader's own office): a room in the location is booked as a resource attendee too
  if (roomMail && !meeting.attendees.some((a) => a.mail.toLowerCase() === roomMail.toLowerCase())) {
    attendees.push({
      emailAddress: { address: roomMail, name: meeting.location?.displayName ?? roomMail },
      type: 'resource',
    });
  }
  return {
    subject: meeting.subject,
    body: { contentType: 'html', content: meeting.bodyHtml },
    start: toGraphDateTime(meeting.start),
    end: toGraphDateTime(meeting.end),
    ...(meeting.location
      ? {
          location: {
            displayName: meeting.location.displayName,
            ...(roomMail ? { locationEmailAddress: roomMail, locationType: 'conferenceRoom' } : {}),
          },
        }
      : {}),
    attendees,
    isOnlineMeeting: meeting.online,
    ...(meeting.online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
    // a conversation's meeting is confidential: others reading free/busy see only "busy"
    sensitivity: 'private',
    showAs: 'busy',
    isReminderOn: true,
    reminderMinutesBeforeStart: meeting.reminderMinutes,
    responseRequested: true,
    // 000 (invitation letter): the employee may ask for another time
    allowNewTimeProposals: true,
    transactionId: meeting.transactionId,
    singleValueExtendedProperties: [{ id: propertyId, value: meeting.conversationId }],
  };
}

export const ZGraphEvent = z.object({
  id: z.string(),
  iCalUId: z.string().nullish(),
  start: ZDateTimeTimeZone,
  end: ZDateTimeTimeZone,
  webLink: z.string().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string().nullish() })).nullish(),
});

export function toBookedMeeting(raw: unknown, organizerId: string, conversationId: string): BookedMeeting {
  const event = ZGraphEvent.parse(raw);
  return {
    eventId: event.id,
    conversationId,
    organizerId,
    start: fromGraphDateTime(event.start),
    end: fromGraphDateTime(event.end),
    joinUrl: event.onlineMeeting?.joinUrl ?? null,
    webLink: event.webLink ?? null,
    iCalUId: event.iCalUId ?? null,
  };
}

/** what GET /users/{id}/events/{id}?$select=iCalUId,subject answers; the subject is only for the log */
export const ZEventICalUId = z.object({ id: z.string(), iCalUId: z.string().nullish() });

const ZShowAs = z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);
export const ZScheduleInformation = z.object({
  scheduleId: z.string(),
  scheduleItems: z
    .array(z.object({ status: ZShowAs, start: ZDateTimeTimeZone, end: ZDateTimeTimeZone }))
    .nullish(),
  workingHours: z
    .object({
      daysOfWeek: z.array(z.string()).nullish(),
      startTime: z.string().nullish(),
      endTime: z.string().nullish(),
      timeZone: z.object({ name: z.string().nullish() }).nullish(),
    })
    .nullish(),
  error: z.object({ message: z.string().nullish(), responseCode: z.string().nullish() }).nullish(),
});
export const ZScheduleAnswer = z.object({ value: z.array(ZScheduleInformation) });

export function toMailboxSchedule(raw: z.infer<typeof ZScheduleInformation>): MailboxSchedule {
  const hours = raw.workingHours;
  const error = raw.error ? (raw.error.responseCode ?? raw.error.message ?? 'error') : null;
  return {
    mailbox: raw.scheduleId,
    items: (raw.scheduleItems ?? []).map((i): BusyInterval => ({
      start: fromGraphDateTime(i.start),
      end: fromGraphDateTime(i.end),
      showAs: i.status,
    })),
    workingHours:
      hours?.startTime && hours.endTime
        ? {
            daysOfWeek: hours.daysOfWeek ?? [],
            startTime: hours.startTime.slice(0, 8),
            endTime: hours.endTime.slice(0, 8),
            timeZone: hours.timeZone?.name ?? 'UTC',
          }
        : null,
    error,
  };
}

export const ZGraphRooms = z.object({
  value: z.array(
    z.object({
      emailAddress: z.string().nullish(),
      displayName: z.string().nullish(),
      capacity: z.number().nullish(),
      building: z.string().nullish(),
    }),
  ),
  '@odata.nextLink': z.string().nullish(),
});

export function toRooms(raw: z.infer<typeof ZGraphRooms>): Room[] {
  return raw.value
    .filter((r) => r.emailAddress)
    .map((r) => ({
      mail: r.emailAddress ?? '',
      displayName: r.displayName ?? r.emailAddress ?? '',
      capacity: r.capacity ?? null,
      building: r.building ?? null,
    }));
}
