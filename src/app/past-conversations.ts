// The history of held conversations, kept in our own store (the directory knows nothing of it).
// One partition per person, so a person's history is one query and deleting a person is one partition.
import type { ConversationKind, PastConversation } from '../core/org';
import type { Store } from '../ports/store';

export const HISTORY_TABLE = 'history';
/** the same rows per year, so a report reads a year in one query instead of one per person */
const HISTORY_BY_YEAR = 'historyByYear';

export async function readPastConversations(store: Store, personId: string): Promise<PastConversation[]> {
  const rows = await store.list<PastConversation>(HISTORY_TABLE, personId);
  return rows.map((row) => row.value);
}

export async function recordPastConversation(store: Store, conversation: PastConversation): Promise<void> {
  // Row key date_kind: ordered by date, and recording the same conversation twice is harmless.
  const key = `${conversation.date}_${conversation.kind}`;
  await store.put(HISTORY_TABLE, conversation.personId, key, conversation);
  await store.put(
    HISTORY_BY_YEAR,
    conversation.date.slice(0, 4),
    `${conversation.personId}_${key}`,
    conversation,
  );
}

/** Removes a held conversation from the history (the demo reseeds; retention deletes). */
export async function forgetPastConversation(store: Store, conversation: PastConversation): Promise<void> {
  const key = `${conversation.date}_${conversation.kind}`;
  await store.delete(HISTORY_BY_YEAR, conversation.date.slice(0, 4), `${conversation.personId}_${key}`);
  await store.delete(HISTORY_TABLE, conversation.personId, key);
}

/** Every conversation held in a year, all people: what the compliance report counts. */
export async function readPastConversationsOfYear(store: Store, year: number): Promise<PastConversation[]> {
  const rows = await store.list<PastConversation>(HISTORY_BY_YEAR, String(year));
  return rows.map((row) => row.value);
}

export function lastOfKind(history: PastConversation[], kind: ConversationKind): string | null {
  const dates = history.filter((c) => c.kind === kind).map((c) => c.date);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}
