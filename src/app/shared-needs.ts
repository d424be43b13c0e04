// 003: needs common to many go to the leader group and the autumn budget. What leaves the conversation is
// only this: the unit, the kind, the day and the texts of the actions marked as a shared need. No names,
// no person ids (DESIGN §5: only aggregates leave the conversation); the row schema is strict about it.
import { ZSharedNeedsRow, type SharedNeedsRow } from '../core/reports/shared-needs-row';
import type { Store } from '../ports/store';

export const SHARED_NEEDS = 'sharedNeeds';

/** One row per conversation, under the year it was held; writing it again replaces it (idempotent). */
export async function recordSharedNeeds(
  store: Store,
  row: SharedNeedsRow & { conversationId: string },
): Promise<void> {
  const { conversationId, ...value } = row;
  await store.put(SHARED_NEEDS, row.heldOn.slice(0, 4), conversationId, ZSharedNeedsRow.parse(value));
}
