// The history of held conversations, kept in our own store (the directory knows nothing of it).
// One partition per person, so a person's history is one query and deleting a person is one partition.
import type { ConversationKind, PastConversation } from '../core/org';
import type { Store } from '../ports/store';

export const HISTORY_TABLE = 'history';

export async function readPastConversations(store: Store, personId: string): Promise<PastConversation[]> {
  const rows = await store.list<PastConversation>(HISTORY_TABLE, personId);
  return rows.map((row) => row.value);
}

export async function recordPastConversation(store: Store, conversation: PastConversation): Promise<void> {
  // Row key date_kind: ordered by date, and recording the same conversation twice is harmless.
  await store.put(
    HISTORY_TABLE,
    conversation.personId,
    `${conversation.date}_${conversation.kind}`,
    conversation,
  );
}

export function lastOfKind(history: PastConversation[], kind: ConversationKind): string | null {
  const dates = history.filter((c) => c.kind === kind).map((c) => c.date);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}
