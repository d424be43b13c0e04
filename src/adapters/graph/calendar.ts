// The Calendar port on Microsoft Graph (Exchange Online): free/busy through getSchedule, rooms through
// /places, and the conversation's meeting as an event in the conductor's calendar that carries our
// conversation id in a single-value extended property. Graph failures throw GraphRequestError.
import type { Client, GraphRequest } from '@microsoft/microsoft-graph-client';
import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { BookedMeeting, Calendar, MailboxSchedule } from '../../ports/calendar';
import { createMeetingsInBatches } from './calendar-batch';
import {
  DEFAULT_CONVERSATION_PROPERTY,
  toBookedMeeting,
  toEventBody,
  toGraphDateTime,
  toMailboxSchedule,
  toRooms,
  ZEventICalUId,
  ZGraphEvent,
  ZGraphRooms,
  ZScheduleAnswer,
} from './calendar-mapping';
import { toGraphRequestError } from './errors';
import { expandProperty, findFilter } from './extended-property';
import { DEFAULT_RETRY, withRetry } from './graph-retry';
import type { RetryPolicy } from './graph-retry';
import { createMailboxGate } from './mailbox-gate';
import type { MailboxGate } from './mailbox-gate';
import { chunkMailboxes, mergeSchedules, splitWindow } from './schedule-split';

export interface GraphCalendarOptions {
  client: Client;
  /** the extended property holding our conversation id; default `String {our GUID} Name SamtaleConversationId` */
  conversationPropertyId?: string;
  /** retries, pauses and timeout; tests shorten them */
  retry?: Partial<RetryPolicy>;
  /** $batch requests in flight at once (each also held to four per mailbox); default 4 */
  maxConcurrentBatches?: number;
  /** called before every HTTP request sent to Graph, retries included (the benchmark counts them) */
  onRequest?: (method: string, path: string) => void;
  /** shared with other adapters that talk to the same mailboxes; default one of its own */
  gate?: MailboxGate;
}

export function createGraphCalendar(options: GraphCalendarOptions): Calendar {
  const { client } = options;
  const propertyId = options.conversationPropertyId ?? DEFAULT_CONVERSATION_PROPERTY;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const gate = options.gate ?? createMailboxGate();
  // our own retry rule (graph-retry.ts) replaces the SDK's for these requests
  const api = (path: string, signal: AbortSignal): GraphRequest =>
    client
      .api(path)
      .middlewareOptions([new RetryHandlerOptions(0, 0)])
      .option('signal', signal);
  const send = async <T>(slots: Map<string, number>, method: string, path: string, run: () => Promise<T>) => {
    const release = await gate.acquire(slots);
    try {
      options.onRequest?.(method, path);
      return await run();
    } finally {
      release();
    }
  };
  /** one request for one mailbox, retried by the rule; failures as GraphRequestError */
  const call = async <T>(
    mailbox: string,
    method: string,
    path: string,
    run: (r: GraphRequest) => Promise<T>,
  ) => {
    try {
      return await withRetry(retry, (signal) =>
        send(new Map([[mailbox, 1]]), method, path, () => run(api(path, signal))),
      );
    } catch (error) {
      throw toGraphRequestError(error, path);
    }
  };
  const events = (userId: string) => `/users/${encodeURIComponent(userId)}/events`;

  return {
    async getSchedules(asUserId, mailboxes, start, end) {
      const path = `/users/${encodeURIComponent(asUserId)}/calendar/getSchedule`;
      const jobs = chunkMailboxes(mailboxes).flatMap((chunk) =>
        splitWindow(start, end).map((w) => [chunk, w] as const),
      );
      const pieces = await Promise.all(
        jobs.map(async ([schedules, [from, to]]) => {
          const minutes = (Date.parse(to) - Date.parse(from)) / 60_000;
          const body = {
            schedules,
            startTime: toGraphDateTime(from),
            endTime: toGraphDateTime(to),
            availabilityViewInterval: Math.max(5, Math.min(30, Math.floor(minutes))),
          };
          const raw = await call(asUserId, 'POST', path, (r) =>
            r.header('Prefer', 'outlook.timezone="UTC"').post(body),
          );
          try {
            return ZScheduleAnswer.parse(raw).value.map(toMailboxSchedule);
          } catch (error) {
            throw toGraphRequestError(error, path);
          }
        }),
      );
      return mergeSchedules(mailboxes, pieces.flat() satisfies MailboxSchedule[]);
    },

    async listRooms() {
      const path = '/places/microsoft.graph.room';
      const rooms = [];
      let next: string | null = path;
      while (next) {
        const page = ZGraphRooms.parse(await call('places', 'GET', next, (r) => r.get()));
        rooms.push(...toRooms(page));
        next = page['@odata.nextLink'] ?? null;
      }
      return rooms;
    },

    async createMeeting(meeting) {
      const path = events(meeting.organizerId);
      const raw = await call(meeting.organizerId, 'POST', path, (r) =>
        r.post(toEventBody(meeting, propertyId)),
      );
      return parsed(() => toBookedMeeting(raw, meeting.organizerId, meeting.conversationId), path);
    },

    createMeetings: (meetings, onProgress) =>
      createMeetingsInBatches(
        { retry, propertyId, api, send, maxConcurrentBatches: options.maxConcurrentBatches ?? 4 },
        meetings,
        onProgress,
      ),

    async rescheduleMeeting(organizerId, eventId, start, end) {
      const path = `${events(organizerId)}/${encodeURIComponent(eventId)}`;
      const body = { start: toGraphDateTime(start), end: toGraphDateTime(end) };
      await call(organizerId, 'PATCH', path, (r) => r.patch(body));
      // Graph's PATCH answer leaves extended properties out; read the event back with ours expanded
      const raw = await call(organizerId, 'GET', path, (r) => r.expand(expandProperty(propertyId)).get());
      return parsed(() => toBookedMeeting(raw, organizerId, conversationIdOf(raw, propertyId)), path);
    },

    async cancelMeeting(organizerId, eventId, message) {
      const path = `${events(organizerId)}/${encodeURIComponent(eventId)}/cancel`;
      try {
        await call(organizerId, 'POST', path, (r) => r.post({ Comment: message }));
      } catch (error) {
        // already cancelled or deleted in Outlook: what the caller wanted has happened
        if (toGraphRequestError(error, path).status !== 404) throw error;
      }
    },

    async findMeeting(organizerId, conversationId): Promise<BookedMeeting | null> {
      const path = events(organizerId);
      const raw = await call(organizerId, 'GET', path, (r) =>
        r.filter(findFilter(propertyId, conversationId)).expand(expandProperty(propertyId)).top(1).get(),
      );
      const first = parsed(
        () => ZGraphEvent.array().parse((raw as { value?: unknown }).value ?? [])[0],
        path,
      );
      return first ? parsed(() => toBookedMeeting(first, organizerId, conversationId), path) : null;
    },

    async getEventICalUId(userId, eventId) {
      const path = `${events(userId)}/${encodeURIComponent(eventId)}`;
      try {
        const raw = await call(userId, 'GET', path, (r) => r.select(['iCalUId', 'subject']).get());
        return parsed(() => ZEventICalUId.parse(raw).iCalUId ?? null, path);
      } catch (error) {
        // not in this mailbox, or not an item id at all (Graph: 400 ErrorInvalidIdMalformed): no meeting of ours
        const status = toGraphRequestError(error, path).status;
        if (status === 404 || status === 400) return null;
        throw error;
      }
    },
  };
}

function conversationIdOf(raw: unknown, propertyId: string): string {
  const event = ZGraphEvent.parse(raw);
  const property = event.singleValueExtendedProperties?.find(
    (p) => p.id.toLowerCase() === propertyId.toLowerCase(),
  );
  return property?.value ?? '';
}

function parsed<T>(read: () => T, path: string): T {
  try {
    return read();
  } catch (error) {
    throw toGraphRequestError(error, path);
  }
}
