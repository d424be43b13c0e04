// Where conversations are kept. One partition per conversation (reads by id are the hot path: API and card
// actions), plus index partitions per employee and per conductor for the lists.
import type { Conversation } from '../core/conversation';
import { osloDateOf } from '../core/calendar/oslo';
import { AppError } from '../core/errors';
import { AlreadyExistsError, type Store, type Stored } from '../ports/store';

export const CONVERSATIONS = 'conversations';
const BY_EMPLOYEE = 'conversationsByEmployee';
const BY_CONDUCTOR = 'conversationsByConductor';
/** per Oslo year of the start: what reports read, without a query per person */
const BY_YEAR = 'conversationsByYear';
/** per Oslo day of the start: what the reminder sweep pages through, a few days at a time (DESIGN §8) */
const BY_DAY = 'conversationsByDay';
/**
 * by the meeting's iCalUId, for the Outlook add-in: an attendee's copy of the meeting has its own item id and
 * no copy of our extended property, but the same iCalUId as the organizer's
 */
const BY_ICALUID = 'conversationsByICalUId';
const ROW = 'conversation';

export function getConversation(store: Store, id: string): Promise<Stored<Conversation> | null> {
  return store.get<Conversation>(CONVERSATIONS, id, ROW);
}

/** The conversation, or not-found: the same answer whether it does not exist or was never the caller's. */
export async function requireConversation(store: Store, id: string): Promise<Stored<Conversation>> {
  const stored = await getConversation(store, id);
  if (!stored) throw new AppError('not-found', id);
  return stored;
}

/** Stores a new conversation; when a retry finds it stored already, returns what is there (idempotent). */
export async function insertConversation(
  store: Store,
  conversation: Conversation,
): Promise<Stored<Conversation>> {
  let stored: Stored<Conversation>;
  try {
    stored = await store.insert(CONVERSATIONS, conversation.id, ROW, conversation);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const existing = await getConversation(store, conversation.id);
    if (!existing) throw error;
    stored = existing;
  }
  // Indexes after the record: a crash in between leaves a record a retry re-indexes, never an index to nothing.
  await indexConversation(store, stored.value);
  return stored;
}

export async function indexConversation(store: Store, c: Conversation): Promise<void> {
  await store.put(BY_EMPLOYEE, c.employeeId, c.id, { conductorId: c.conductorId });
  await store.put(BY_CONDUCTOR, c.conductorId, c.id, { employeeId: c.employeeId });
  await store.put(BY_YEAR, osloDateOf(c.start).slice(0, 4), c.id, { employeeId: c.employeeId });
  await store.put(BY_DAY, osloDateOf(c.start), c.id, {});
}

/**
 * The ids of the conversations that start on an Oslo day, as the index has them: a moved conversation
 * leaves its old day's row behind, so the caller reads each record and checks its day (the record decides).
 */
export async function listConversationIdsOfDay(store: Store, day: string): Promise<string[]> {
  return (await store.list(BY_DAY, day)).map((row) => row.rowKey);
}

/** Every conversation that starts in a year (Oslo time): what the reports count. */
export async function listConversationsOfYear(store: Store, year: number): Promise<Conversation[]> {
  const rows = await store.list(BY_YEAR, String(year));
  const found = await Promise.all(rows.map((row) => getConversation(store, row.rowKey)));
  // a rescheduled conversation may have moved to another year; the record decides
  return found.flatMap((c) => (c && osloDateOf(c.value.start).startsWith(String(year)) ? [c.value] : []));
}

/** Replaces a conversation only if nobody changed it since `etag` was read (ConflictError otherwise). */
export async function updateConversation(
  store: Store,
  c: Conversation,
  etag: string,
): Promise<Stored<Conversation>> {
  const stored = await store.put(CONVERSATIONS, c.id, ROW, c, etag);
  // a move into another year (or day) must be found under that year (and day) too
  await store.put(BY_YEAR, osloDateOf(c.start).slice(0, 4), c.id, { employeeId: c.employeeId });
  await store.put(BY_DAY, osloDateOf(c.start), c.id, {});
  // booking (one, a round, or a retry) records the meeting through here; the index follows the record
  if (c.meeting?.iCalUId) await store.put(BY_ICALUID, iCalUIdKey(c.meeting.iCalUId), c.id, {});
  return stored;
}

/** The conversation whose Outlook meeting has this iCalUId, or null; a cancelled one no longer counts. */
export async function findConversationByICalUId(store: Store, iCalUId: string): Promise<Conversation | null> {
  const rows = await store.list(BY_ICALUID, iCalUIdKey(iCalUId));
  const found = await Promise.all(rows.map((row) => getConversation(store, row.rowKey)));
  // the record decides: a rebooking after a cancel gets a new meeting, and the old row stays behind
  const match = found.find((c) => c?.value.meeting?.iCalUId === iCalUId && c.value.status !== 'cancelled');
  return match?.value ?? null;
}

// Exchange's iCalUIds are hex, but one from elsewhere may hold characters a table key may not (/ \ # ?)
const iCalUIdKey = (iCalUId: string) => encodeURIComponent(iCalUId);

export async function listConversations(
  store: Store,
  by: { employeeId: string } | { conductorId: string },
): Promise<Conversation[]> {
  const rows =
    'employeeId' in by
      ? await store.list(BY_EMPLOYEE, by.employeeId)
      : await store.list(BY_CONDUCTOR, by.conductorId);
  const found = await Promise.all(rows.map((row) => getConversation(store, row.rowKey)));
  // A delegated conversation leaves its old conductor's index row behind; the record decides.
  const belongs = (c: Conversation) =>
    'employeeId' in by ? c.employeeId === by.employeeId : c.conductorId === by.conductorId;
  return found.flatMap((c) => (c && belongs(c.value) ? [c.value] : []));
}
