// Every hand-over of a conversation to another leader (002), one partition per conversation, oldest first.
// The record is written before anything is sent, and marked done after: a retry after a crash finds the
// unfinished one and completes it (the old meeting's cancellation is harmless twice, the new meeting has a
// transactionId), and the history says who handed it to whom and when.
import { z } from 'zod';
import type { Store, Stored } from '../ports/store';

const DELEGATIONS = 'delegations';

export const ZDelegation = z.object({
  id: z.string().uuid(),
  conversationId: z.string().min(1),
  /** the number of this hand-over in the conversation's life, 1 for the first: part of the transactionId */
  number: z.number().int().min(1),
  fromId: z.string().uuid(),
  fromName: z.string(),
  toId: z.string().uuid(),
  toName: z.string(),
  at: z.string().datetime(),
  oldStart: z.string().datetime(),
  newStart: z.string().datetime(),
  newEnd: z.string().datetime(),
  /** the old conductor's event to cancel; null when there was none, or the meeting is over */
  oldMeeting: z.object({ organizerId: z.string().uuid(), eventId: z.string() }).nullable(),
  /** the comment Outlook passes to the employee with the cancellation */
  message: z.string(),
  state: z.enum(['started', 'done', 'abandoned']),
});
export type Delegation = z.infer<typeof ZDelegation>;

const rowOf = (d: Delegation) => `${String(d.number).padStart(4, '0')}_${d.id}`;

export async function listDelegations(store: Store, conversationId: string): Promise<Stored<Delegation>[]> {
  const rows = await store.list<unknown>(DELEGATIONS, conversationId);
  return rows.map((row) => ({ ...row, value: ZDelegation.parse(row.value) }));
}

export function insertDelegation(store: Store, delegation: Delegation): Promise<Stored<Delegation>> {
  return store.insert(DELEGATIONS, delegation.conversationId, rowOf(delegation), delegation);
}

export function saveDelegation(
  store: Store,
  delegation: Delegation,
  etag: string,
): Promise<Stored<Delegation>> {
  return store.put(DELEGATIONS, delegation.conversationId, rowOf(delegation), delegation, etag);
}
