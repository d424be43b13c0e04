// How a use case tells a person something in Teams (DESIGN §2.3, §2.6): it stores the notice in the outbox
// under its idempotency key and nudges the delivery worker. Nothing is sent here, so a booking or an approval
// never waits for Teams, and never fails because Teams is down; the worker's timer picks up what a nudge missed.
import { noticeKey, type Notice } from '../core/notices';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { enqueueNotices } from './notice-outbox';

export interface NoticeDeps {
  store: Store;
  clock: Clock;
  /** called after notices are stored, to deliver them now rather than at the worker's next pass */
  noticesQueued?: () => void;
}

/**
 * Stores one notice for one person. `occasion` tells two notices of the same kind apart when both are meant
 * (a moved meeting's new invitation: its start); the same occasion again is the same notice, sent once.
 */
export async function queueNotice(
  deps: NoticeDeps,
  recipientId: string,
  notice: Notice,
  occasion = '',
): Promise<void> {
  const key = noticeKey(recipientId, notice, occasion);
  const { queued } = await enqueueNotices(deps.store, [{ recipientId, key, notice }], deps.clock.now());
  if (queued > 0) deps.noticesQueued?.();
}
