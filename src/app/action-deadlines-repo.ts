// An index of the signed plans' actions by deadline, so the reminder sweep finds the actions whose deadline
// is near by reading a fortnight of partitions instead of every signed referat of the last years (DESIGN
// §8: 50,000 employees sign about 50,000 plans a year). Written when a referat is signed by both; the
// signed referat and the action's status decide (a plan edited after signing leaves rows behind, and the
// sweep checks each row against the referat before it reminds anyone).
import type { Referat } from '../core/referat/referat';
import type { Store } from '../ports/store';

const ACTION_DEADLINES = 'actionDeadlines';

export interface ActionRef {
  conversationId: string;
  actionId: string;
}

// ':' never survives encodeURIComponent, so it separates the two ids without ambiguity
const rowKey = (ref: ActionRef) =>
  `${encodeURIComponent(ref.conversationId)}:${encodeURIComponent(ref.actionId)}`;

/** Indexes every action of a referat both have signed, under its deadline; idempotent. */
export async function indexSignedActions(store: Store, referat: Referat): Promise<void> {
  await Promise.all(
    referat.actions.map((action) => {
      const ref: ActionRef = { conversationId: referat.conversationId, actionId: action.id };
      return store.put(ACTION_DEADLINES, action.deadline, rowKey(ref), ref);
    }),
  );
}

/** The actions the index has under a deadline (YYYY-MM-DD); check each against its signed referat. */
export async function listActionsWithDeadline(store: Store, deadline: string): Promise<ActionRef[]> {
  const rows = await store.list<ActionRef>(ACTION_DEADLINES, deadline);
  return rows.map((row) => row.value);
}
