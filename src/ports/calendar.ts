// The people's Outlook calendars (Exchange Online through Microsoft Graph): free/busy, rooms, and the
// conversation's meeting in the conductor's calendar. All times are UTC ISO strings ("2026-12-01T08:00:00Z");
// converting to and from Europe/Oslo is the core's job, never the adapter's.

/** Graph's freeBusyStatus. busy, tentative and oof block a slot; free and workingElsewhere do not. */
export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export interface BusyInterval {
  start: string;
  end: string;
  showAs: ShowAs;
}

/** A mailbox's working hours as its owner set them in Outlook. */
export interface WorkingHours {
  /** 'monday' … 'sunday' */
  daysOfWeek: string[];
  /** local time "08:00:00" */
  startTime: string;
  endTime: string;
  /** IANA or Windows zone name as Graph returns it */
  timeZone: string;
}

export interface MailboxSchedule {
  /** the mailbox (SMTP address) as asked */
  mailbox: string;
  items: BusyInterval[];
  workingHours: WorkingHours | null;
  /** set when Graph could not read this mailbox (e.g. not found); items are then empty */
  error: string | null;
}

export interface Room {
  mail: string;
  displayName: string;
  capacity: number | null;
  building: string | null;
}

/** One attendee of a conversation's meeting. */
export interface Attendee {
  mail: string;
  name: string;
  /** the employee is required; a booked room is a resource */
  type: 'required' | 'resource';
}

export interface ConversationMeeting {
  /** our conversation id, kept in a single-value extended property on the event */
  conversationId: string;
  /** the conductor: the event goes into this person's calendar and Outlook sends the invitation */
  organizerId: string;
  attendees: Attendee[];
  start: string;
  end: string;
  subject: string;
  /** HTML: purpose, special topics, a link to the preparation form */
  bodyHtml: string;
  /** a place (seed 002: not the leader's own office) or only the Teams meeting */
  location: { displayName: string; roomMail: string | null } | null;
  /** a Teams meeting (isOnlineMeeting, teamsForBusiness) */
  online: boolean;
  /** minutes before start for the Outlook reminder */
  reminderMinutes: number;
  /** makes creation idempotent: the same id never creates a second event (Graph transactionId) */
  transactionId: string;
}

export interface BookedMeeting {
  eventId: string;
  conversationId: string;
  organizerId: string;
  start: string;
  end: string;
  /** the Teams join link, when online */
  joinUrl: string | null;
  /** link to open the event in Outlook on the web */
  webLink: string | null;
  /**
   * the event's iCalendar UID: the same on the organizer's and every attendee's copy, where the item ids
   * differ and our extended property is not copied; the Outlook add-in finds the conversation by it
   */
  iCalUId?: string | null;
}

export type BatchOutcome =
  | { conversationId: string; ok: true; meeting: BookedMeeting }
  | { conversationId: string; ok: false; error: string; retryable: boolean };

export interface Calendar {
  /**
   * free/busy of many mailboxes over a window, read as `asUserId` (the conductor). The adapter splits
   * into Graph's limits (20 mailboxes per call, windows under 62 days) and merges the answers.
   */
  getSchedules(asUserId: string, mailboxes: string[], start: string, end: string): Promise<MailboxSchedule[]>;
  /** the tenant's meeting rooms */
  listRooms(): Promise<Room[]>;
  /** creates one meeting; calling again with the same transactionId returns the same event */
  createMeeting(meeting: ConversationMeeting): Promise<BookedMeeting>;
  /**
   * creates many meetings through $batch (20 per request, at most 4 concurrent requests per mailbox);
   * reports progress after each batch; never throws for one failed meeting, it reports it
   */
  createMeetings(
    meetings: ConversationMeeting[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<BatchOutcome[]>;
  /** moves a meeting; Outlook sends the update to the attendees */
  rescheduleMeeting(organizerId: string, eventId: string, start: string, end: string): Promise<BookedMeeting>;
  /** cancels a meeting with a message to the attendees; no error when it is already gone */
  cancelMeeting(organizerId: string, eventId: string, message: string): Promise<void>;
  /** finds the meeting of a conversation through its extended property, or null */
  findMeeting(organizerId: string, conversationId: string): Promise<BookedMeeting | null>;
  /**
   * the iCalUId of an event in a person's own calendar (organizer or attendee), by its REST id; null when
   * that mailbox has no such item (or the id is not an item id at all)
   */
  getEventICalUId(userId: string, eventId: string): Promise<string | null>;
}
