// A stored event as Graph's microsoft.graph.event JSON, and the request bodies the emulator reads.
import { z } from 'zod';
import type { StoredEvent } from './calendar-store';

/** Graph writes dateTimeTimeZone.dateTime with seven fractional digits and no offset */
export function graphDateTime(ms: number): { dateTime: string; timeZone: string } {
  return { dateTime: `${new Date(ms).toISOString().slice(0, 19)}.0000000`, timeZone: 'UTC' };
}

const ZDateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().nullish() });
const ZEmail = z.object({ address: z.string(), name: z.string().nullish() });

/** the part of a POST/PATCH event body the emulator acts on; Graph ignores nothing, but we store only these */
export const ZEventBody = z.object({
  subject: z.string().nullish(),
  body: z
    .object({ contentType: z.enum(['text', 'html']).nullish(), content: z.string().nullish() })
    .nullish(),
  start: ZDateTimeTimeZone.nullish(),
  end: ZDateTimeTimeZone.nullish(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).nullish(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).nullish(),
  location: z
    .object({ displayName: z.string().nullish(), locationEmailAddress: z.string().nullish() })
    .nullish(),
  attendees: z
    .array(z.object({ emailAddress: ZEmail, type: z.enum(['required', 'optional', 'resource']).nullish() }))
    .nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeetingProvider: z.string().nullish(),
  isReminderOn: z.boolean().nullish(),
  reminderMinutesBeforeStart: z.number().int().nullish(),
  allowNewTimeProposals: z.boolean().nullish(),
  transactionId: z.string().nullish(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string() })).nullish(),
});
export type EventBody = z.infer<typeof ZEventBody>;

/** dateTime read in the zone given; the emulator speaks UTC (what the product sends) and IANA zones */
export function parseDateTime(value: { dateTime: string; timeZone?: string | null }): number | null {
  const zone = value.timeZone ?? 'UTC';
  const iso = value.dateTime.replace(/(\.\d{3})\d*$/, '$1');
  if (zone === 'UTC' || zone === 'Etc/UTC') {
    const ms = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(iso) ? iso : `${iso}Z`);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

export function toGraphEvent(
  event: StoredEvent,
  origin: string,
  expandProperty: string | null,
  /** whose calendar it is read from; the organizer's by default */
  viewerId: string = event.organizer.id,
): Record<string, unknown> {
  const organizer = viewerId === event.organizer.id;
  const stamp = (ms: number) => new Date(ms).toISOString();
  const changeKey = Buffer.from(`${event.id}:${event.version}`).toString('base64');
  const location = event.location
    ? {
        displayName: event.location.displayName,
        locationType: event.location.roomMail ? 'conferenceRoom' : 'default',
        uniqueIdType: event.location.roomMail ? 'directory' : 'private',
        ...(event.location.roomMail
          ? { uniqueId: event.location.roomMail, locationEmailAddress: event.location.roomMail }
          : { uniqueId: event.location.displayName }),
      }
    : { displayName: '', locationType: 'default', uniqueIdType: 'unknown' };
  // Exchange does not copy a single-value extended property to the attendees' copies
  const extended = expandProperty === null || !organizer ? undefined : event.extended.get(expandProperty);
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id: event.id,
    createdDateTime: stamp(event.created),
    lastModifiedDateTime: stamp(event.modified),
    changeKey,
    categories: [],
    transactionId: event.transactionId,
    originalStartTimeZone: 'UTC',
    originalEndTimeZone: 'UTC',
    iCalUId: `040000008200E00074C5B7101A82E008${event.id.replace(/-/g, '').toUpperCase()}`,
    reminderMinutesBeforeStart: event.reminderMinutes,
    isReminderOn: event.isReminderOn,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: event.bodyHtml
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 255),
    importance: 'normal',
    sensitivity: event.sensitivity,
    isAllDay: false,
    isCancelled: false,
    isOrganizer: organizer,
    responseRequested: true,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: event.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: organizer ? 'organizer' : 'none', time: '0001-01-01T00:00:00Z' },
    body: { contentType: 'html', content: event.bodyHtml },
    start: graphDateTime(event.start),
    end: graphDateTime(event.end),
    location,
    locations: event.location ? [location] : [],
    recurrence: null,
    attendees: event.attendees.map((a) => ({
      type: a.type,
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: a.name, address: a.address },
    })),
    organizer: { emailAddress: { name: event.organizer.name, address: event.organizer.mail } },
    onlineMeeting: event.joinUrl ? { joinUrl: event.joinUrl } : null,
    // Graph returns extended properties only when asked for with $expand, and then only the ones matched
    ...(expandProperty === null
      ? {}
      : {
          [`singleValueExtendedProperties@odata.context`]: `${origin}/v1.0/$metadata#users('${viewerId}')/events('${event.id}')/singleValueExtendedProperties`,
          singleValueExtendedProperties:
            extended === undefined ? [] : [{ id: expandProperty, value: extended }],
        }),
  };
}
