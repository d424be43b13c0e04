// Events in a user's calendar: create (idempotent by transactionId), list with the one extended-property
// filter the product sends, update, and cancel. Graph's calendar answers for a missing item, not the
// directory's: ErrorItemNotFound.
import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { CalendarStore, Mailbox, StoredEvent } from './calendar-store';
import { parseDateTime, toGraphEvent, ZEventBody } from './event-json';
import type { EventBody } from './event-json';
import { graphError, notFound } from './errors';
import type { EmulatorEnv } from './exchange';
import { parseExtendedFilter, unquote } from './extended-filter';
import { pageOf } from './odata';

type C = Context<EmulatorEnv>;
const EVENT = 'microsoft.graph.event';

// exactly the form the Graph calendar adapter sends (src/adapters/graph/extended-property.ts)
const EXPAND = /^singleValueExtendedProperties\(\$filter=id eq '((?:[^']|'')*)'\)$/;

export function registerEventRoutes(app: Hono<EmulatorEnv>, store: CalendarStore): void {
  const owner = (c: C): Mailbox | Response => {
    const mailbox = store.mailbox(c.req.param('id') ?? '');
    return mailbox && mailbox.kind === 'user' ? mailbox : notFound(c, c.req.param('id') ?? '');
  };
  const itemNotFound = (c: C) =>
    graphError(c, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const origin = (c: C) => new URL(c.req.url).origin;
  const expandOf = (c: C): string | null | Response => {
    const expand = c.req.query('$expand');
    if (expand === undefined) return null;
    const match = EXPAND.exec(expand);
    return match?.[1] !== undefined ? unquote(match[1]) : unsupported(c, `$expand=${expand}`);
  };

  app.post('/v1.0/users/:id/events', async (c) => {
    c.set('route', { path: '/v1.0/users/{id}/events', requestType: EVENT, responseType: EVENT });
    const organizer = owner(c);
    if (organizer instanceof Response) return organizer;
    const body = ZEventBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success)
      return graphError(c, 400, 'ErrorInvalidRequest', 'The request body is not a valid event.');
    const start = body.data.start ? parseDateTime(body.data.start) : null;
    const end = body.data.end ? parseDateTime(body.data.end) : null;
    if (start === null || end === null || end < start) {
      return graphError(
        c,
        400,
        'ErrorInvalidRequest',
        'The start and end of the event are missing or invalid.',
      );
    }
    const { event, created } = store.create(toNewEvent(organizer, body.data, start, end), Date.now());
    c.header('Location', `${origin(c)}/v1.0/users/${organizer.id}/events/${event.id}`);
    // the same transactionId again: Graph answers with the event it already made
    return c.json(
      { '@odata.context': contextOf(c, organizer), ...toGraphEvent(event, origin(c), null) },
      created ? 201 : 200,
    );
  });

  app.get('/v1.0/users/:id/events', (c) => {
    c.set('route', { path: '/v1.0/users/{id}/events', responseType: `Collection(${EVENT})` });
    const organizer = owner(c);
    if (organizer instanceof Response) return organizer;
    const expand = expandOf(c);
    if (expand instanceof Response) return expand;
    let events = store.list(organizer);
    const filter = c.req.query('$filter');
    if (filter !== undefined) {
      const wanted = parseExtendedFilter(filter);
      if (!wanted) return unsupported(c, `$filter=${filter}`);
      events = events.filter((e) => e.extended.get(wanted.id) === wanted.value);
    }
    const top = Number(c.req.query('$top') ?? 10); // Graph's default page of events is 10
    const value = events.map((e) => toGraphEvent(e, origin(c), expand));
    return c.json(pageOf(c, value, { top, skip: 0 }, contextOf(c, organizer).replace('/$entity', '')));
  });

  const withEvent =
    (handle: (c: C, organizer: Mailbox, event: StoredEvent) => Response | Promise<Response>) => (c: C) => {
      const organizer = owner(c);
      if (organizer instanceof Response) return organizer;
      const event = store.get(organizer, c.req.param('eventId') ?? '');
      return event ? handle(c, organizer, event) : itemNotFound(c);
    };

  // Read from the mailbox's own calendar: the organizer's event, or an attendee's copy of it (the Outlook
  // add-in reads the item open in the attendee's Outlook), with $select as Graph honours it.
  app.get('/v1.0/users/:id/events/:eventId', (c) => {
    c.set('route', { path: '/v1.0/users/{id}/events/{id}', responseType: EVENT });
    const mailbox = owner(c);
    if (mailbox instanceof Response) return mailbox;
    const event = store.findInCalendar(mailbox, c.req.param('eventId'));
    if (!event) return itemNotFound(c);
    const expand = expandOf(c);
    if (expand instanceof Response) return expand;
    const full = toGraphEvent(event, origin(c), expand, mailbox.id);
    const select = c.req
      .query('$select')
      ?.split(',')
      .map((s) => s.trim());
    if (!select) return c.json({ '@odata.context': contextOf(c, mailbox), ...full });
    const unknown = select.find((name) => !(name in full));
    if (unknown) return unsupported(c, `$select=${unknown}`);
    // Graph always adds the etag and the id to a $select answer
    const picked = Object.fromEntries(
      ['@odata.etag', 'id', ...select].map((name) => [name, full[name]] as const),
    );
    const context = contextOf(c, mailbox).replace('/events/$entity', `/events(${select.join(',')})/$entity`);
    return c.json({ '@odata.context': context, ...picked });
  });

  app.patch(
    '/v1.0/users/:id/events/:eventId',
    withEvent(async (c, organizer, event) => {
      c.set('route', { path: '/v1.0/users/{id}/events/{id}', requestType: EVENT, responseType: EVENT });
      const body = ZEventBody.safeParse(await c.req.json().catch(() => null));
      if (!body.success)
        return graphError(c, 400, 'ErrorInvalidRequest', 'The request body is not a valid event.');
      const start = body.data.start ? parseDateTime(body.data.start) : undefined;
      const end = body.data.end ? parseDateTime(body.data.end) : undefined;
      if (start === null || end === null || (start ?? event.start) > (end ?? event.end)) {
        return graphError(c, 400, 'ErrorInvalidRequest', 'The start and end of the event are invalid.');
      }
      store.update(event, { start, end, subject: body.data.subject ?? undefined }, Date.now());
      return c.json({ '@odata.context': contextOf(c, organizer), ...toGraphEvent(event, origin(c), null) });
    }),
  );

  app.post(
    '/v1.0/users/:id/events/:eventId/cancel',
    withEvent((c, _organizer, event) => {
      c.set('route', { path: '/v1.0/users/{id}/events/{id}/cancel', responseType: null });
      // Outlook sends the attendees the cancellation with the comment; their calendars lose the meeting
      store.cancel(event);
      return c.body(null, 202);
    }),
  );
}

function toNewEvent(organizer: Mailbox, body: EventBody, start: number, end: number) {
  const roomMail = body.location?.locationEmailAddress ?? null;
  return {
    organizer,
    subject: body.subject ?? '',
    bodyHtml: body.body?.content ?? '',
    start,
    end,
    showAs: body.showAs && body.showAs !== 'unknown' ? body.showAs : ('busy' as const),
    sensitivity: body.sensitivity ?? 'normal',
    location: body.location ? { displayName: body.location.displayName ?? '', roomMail } : null,
    attendees: (body.attendees ?? []).map((a) => ({
      address: a.emailAddress.address,
      name: a.emailAddress.name ?? a.emailAddress.address,
      type: a.type ?? 'required',
    })),
    isOnlineMeeting: body.isOnlineMeeting ?? false,
    isReminderOn: body.isReminderOn ?? true,
    reminderMinutes: body.reminderMinutesBeforeStart ?? 15,
    allowNewTimeProposals: body.allowNewTimeProposals ?? true,
    transactionId: body.transactionId ?? null,
    extended: new Map((body.singleValueExtendedProperties ?? []).map((p) => [p.id, p.value])),
  };
}

/** Exchange item ids are long base64 strings; ours look alike so the adapter must encode them in paths */
export function newEventId(): string {
  return `AAMkAGVtdWxhdG9y${randomBytes(24).toString('base64url')}AAA=`;
}

function contextOf(c: C, organizer: Mailbox): string {
  return `${new URL(c.req.url).origin}/v1.0/$metadata#users('${organizer.id}')/events/$entity`;
}

function unsupported(c: C, what: string): Response {
  return graphError(
    c,
    400,
    'ErrorInvalidUrlQuery',
    `The query option is not supported by the emulator: ${what}`,
  );
}
