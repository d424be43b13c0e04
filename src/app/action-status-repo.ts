// Where the follow-up of an action lives: beside the signed referat, never in it. The referat is the signed
// and archived record (DESIGN §2.6-2.7); ticking an action off later must not change what both signed, so
// "done" and the comment are kept in their own table, one row per action, each with its own ETag.
import { z } from 'zod';
import { AlreadyExistsError, ConflictError, type Store, type Stored } from '../ports/store';

export const ACTION_STATUS = 'actionStatus';

export const ZActionStatus = z.object({
  done: z.boolean(),
  comment: z.string().normalize('NFC').max(2000),
  updatedAt: z.string().datetime(),
  updatedBy: z.string().uuid(),
});
export type ActionStatus = z.infer<typeof ZActionStatus>;

/** Every action status of one conversation, by action id. */
export async function listActionStatuses(
  store: Store,
  conversationId: string,
): Promise<Map<string, Stored<ActionStatus>>> {
  const rows = await store.list<unknown>(ACTION_STATUS, conversationId);
  return new Map(rows.map((row) => [row.rowKey, { ...row, value: ZActionStatus.parse(row.value) }]));
}

/**
 * Writes one action's status. Without an etag it must be the first write (someone else's first write in
 * between is a conflict, not an overwrite); with one, only that version is replaced.
 */
export async function writeActionStatus(
  store: Store,
  key: { conversationId: string; actionId: string },
  value: ActionStatus,
  etag: string | null,
): Promise<Stored<ActionStatus>> {
  if (etag) return store.put(ACTION_STATUS, key.conversationId, key.actionId, value, etag);
  try {
    return await store.insert(ACTION_STATUS, key.conversationId, key.actionId, value);
  } catch (error) {
    if (error instanceof AlreadyExistsError)
      throw new ConflictError(ACTION_STATUS, key.conversationId, key.actionId);
    throw error;
  }
}
