// The Exchange side of the emulator: one calendar per mailbox (people and rooms), seeded with the
// municipality's busy blocks, plus the events the product creates. A created meeting also blocks the
// calendars of its attendees (the employee, the room), as Outlook's invitation does once accepted.
import type { BusyBlock, Municipality } from '../../core/org';

export type FreeBusyStatus = BusyBlock['showAs'];

export interface Mailbox {
  /** object id (person or room) */
  id: string;
  mail: string;
  name: string;
  kind: 'user' | 'room';
}

export interface EventAttendee {
  address: string;
  name: string;
  type: 'required' | 'optional' | 'resource';
}

export interface StoredEvent {
  id: string;
  organizer: Mailbox;
  subject: string;
  bodyHtml: string;
  /** UTC milliseconds */
  start: number;
  end: number;
  showAs: FreeBusyStatus;
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  location: { displayName: string; roomMail: string | null } | null;
  attendees: EventAttendee[];
  isOnlineMeeting: boolean;
  joinUrl: string | null;
  isReminderOn: boolean;
  reminderMinutes: number;
  allowNewTimeProposals: boolean;
  transactionId: string | null;
  /** single-value extended properties: id -> value */
  extended: Map<string, string>;
  created: number;
  modified: number;
  version: number;
}

export interface BusyItem {
  start: number;
  end: number;
  status: FreeBusyStatus;
  subject: string;
  isPrivate: boolean;
  location: string | null;
}

export type NewEvent = Omit<StoredEvent, 'id' | 'created' | 'modified' | 'version' | 'joinUrl'>;

export interface CalendarStore {
  /** a person or room by object id or SMTP address (case-insensitive) */
  mailbox(idOrMail: string): Mailbox | undefined;
  rooms(): Mailbox[];
  /** what getSchedule shows for the mailbox in [from, to): seeded blocks, own events, meetings it attends */
  busy(mailbox: Mailbox, from: number, to: number): BusyItem[];
  /** creates, or with a transactionId already used in this mailbox returns the existing event (Graph does) */
  create(event: NewEvent, now: number): { event: StoredEvent; created: boolean };
  get(mailbox: Mailbox, eventId: string): StoredEvent | undefined;
  /**
   * the event as it is in this mailbox's calendar, organizer's or attendee's copy. Exchange gives an
   * attendee's copy an item id of its own; the demo models it as the same id, while what identifies the
   * meeting across copies is still the iCalUId
   */
  findInCalendar(mailbox: Mailbox, eventId: string): StoredEvent | undefined;
  list(mailbox: Mailbox): StoredEvent[];
  update(event: StoredEvent, change: { start?: number; end?: number; subject?: string }, now: number): void;
  /** removes the event from the organizer's calendar and from its attendees' */
  cancel(event: StoredEvent): void;
}

export function createCalendarStore(municipality: Municipality, newId: () => string): CalendarStore {
  const mailboxes = new Map<string, Mailbox>();
  const add = (m: Mailbox) => {
    mailboxes.set(m.id, m);
    mailboxes.set(m.mail.toLowerCase(), m);
  };
  for (const p of municipality.people) add({ id: p.id, mail: p.mail, name: p.displayName, kind: 'user' });
  const rooms = municipality.rooms.map((r): Mailbox => ({
    id: r.id,
    mail: r.mail,
    name: r.displayName,
    kind: 'room',
  }));
  rooms.forEach(add);

  const seeded = new Map<string, BusyItem[]>();
  for (const b of municipality.calendars) {
    const item: BusyItem = {
      start: Date.parse(b.start),
      end: Date.parse(b.end),
      status: b.showAs,
      subject: b.subject,
      isPrivate: false,
      location: null,
    };
    seeded.set(b.personId, [...(seeded.get(b.personId) ?? []), item]);
  }

  const events = new Map<string, StoredEvent>();
  const transactions = new Map<string, string>();
  const txKey = (mailbox: Mailbox, id: string) => `${mailbox.id}|${id}`;
  const overlaps = (s: number, e: number, from: number, to: number) => s < to && e > from;
  const involves = (event: StoredEvent, mailbox: Mailbox) =>
    event.organizer.id === mailbox.id ||
    event.attendees.some((a) => a.address.toLowerCase() === mailbox.mail.toLowerCase());

  return {
    mailbox: (key) => mailboxes.get(key) ?? mailboxes.get(key.toLowerCase()),
    rooms: () => rooms,
    busy(mailbox, from, to) {
      const own = (seeded.get(mailbox.id) ?? []).filter((i) => overlaps(i.start, i.end, from, to));
      const meetings = [...events.values()]
        .filter((e) => involves(e, mailbox) && overlaps(e.start, e.end, from, to) && e.showAs !== 'free')
        .map((e): BusyItem => ({
          start: e.start,
          end: e.end,
          status: e.showAs,
          // a private meeting shows as busy with no subject to anyone reading free/busy
          subject: e.sensitivity === 'private' ? '' : e.subject,
          isPrivate: e.sensitivity === 'private',
          location: e.sensitivity === 'private' ? null : (e.location?.displayName ?? null),
        }));
      return [...own, ...meetings].sort((a, b) => a.start - b.start);
    },
    create(draft, now) {
      const key = draft.transactionId ? txKey(draft.organizer, draft.transactionId) : null;
      const existing = key ? events.get(transactions.get(key) ?? '') : undefined;
      if (existing) return { event: existing, created: false };
      const id = newId();
      const joinUrl = draft.isOnlineMeeting
        ? `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id.replace(/-/g, '')}%40thread.v2/0`
        : null;
      const event: StoredEvent = { ...draft, id, joinUrl, created: now, modified: now, version: 1 };
      events.set(id, event);
      if (key) transactions.set(key, id);
      return { event, created: true };
    },
    get: (mailbox, eventId) => {
      const event = events.get(eventId);
      return event && event.organizer.id === mailbox.id ? event : undefined;
    },
    findInCalendar: (mailbox, eventId) => {
      const event = events.get(eventId);
      return event && involves(event, mailbox) ? event : undefined;
    },
    list: (mailbox) => [...events.values()].filter((e) => e.organizer.id === mailbox.id),
    update(event, change, now) {
      if (change.start !== undefined) event.start = change.start;
      if (change.end !== undefined) event.end = change.end;
      if (change.subject !== undefined) event.subject = change.subject;
      event.modified = now;
      event.version += 1;
    },
    cancel(event) {
      events.delete(event.id);
      // the transactionId now points at nothing, so a create with it books anew (a rebooking after a cancel)
    },
  };
}
