// What the leader has filled in so far in the booking dialog, and how it becomes a booking: pure, so the
// rules (a typed time must be in the future; a conversation needs a place or Teams) are tested without React.
import type { ConversationKind } from '../../core/org';
import type { Place, Room, Slot } from '../api/scheduling';
import { otherTime } from './slot-times';

export type BookingDraft = {
  kind: ConversationKind;
  /** a suggestion's index, or 'other' for a time the leader types */
  choice: number | 'other';
  otherDate: string;
  otherTime: string;
  online: boolean;
  /** the chosen room's mailbox, '' for none */
  roomMail: string;
  /** a place that is not a bookable room, used when no room is chosen */
  place: string;
  specialTopics: string;
};

export type DraftProblem = 'time-missing' | 'time-past' | 'place-missing';

export type ResolvedBooking = {
  start: string;
  end: string;
  location: Place | null;
  online: boolean;
  specialTopics: string;
};

export function emptyDraft(kind: ConversationKind): BookingDraft {
  // Teams by default: it works for everyone, also when no room is free
  return {
    kind,
    choice: 0,
    otherDate: '',
    otherTime: '',
    online: true,
    roomMail: '',
    place: '',
    specialTopics: '',
  };
}

/** The conversation's length as the server plans it: the suggestions carry it; 60 minutes until they come. */
export function durationOf(slots: Slot[]): number {
  const slot = slots[0];
  return slot ? Math.round((Date.parse(slot.end) - Date.parse(slot.start)) / 60_000) : 60;
}

export function resolveDraft(
  draft: BookingDraft,
  slots: Slot[],
  rooms: Room[],
  now: Date,
): { ok: true; booking: ResolvedBooking } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const minutes = durationOf(slots);
  let start = '';
  if (draft.choice === 'other') {
    const typed = otherTime(draft.otherDate, draft.otherTime, minutes, now);
    if (typed.ok) start = typed.start;
    else problems.push(typed.problem === 'past' ? 'time-past' : 'time-missing');
  } else {
    start = slots[draft.choice]?.start ?? '';
    if (!start) problems.push('time-missing');
  }
  const room = rooms.find((r) => r.mail === draft.roomMail);
  const place = draft.place.trim();
  const location = room
    ? { displayName: room.displayName, roomMail: room.mail }
    : place
      ? { displayName: place, roomMail: null }
      : null;
  if (!location && !draft.online) problems.push('place-missing');
  if (problems.length > 0) return { ok: false, problems };
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
  return {
    ok: true,
    booking: { start, end, location, online: draft.online, specialTopics: draft.specialTopics.trim() },
  };
}
