// Removing a mailed notice's copy from the mailbox it went from (the delivery worker's step after the mail;
// why, in notice-by-mail.ts). The work only gets here once the notice is recorded as mailed, so this never
// sends: a removal that fails is retried later with the work's backoff, and the mail stays sent once.
import type { Stored } from '../ports/store';
import type { DeliveryDeps } from './delivery-deps';
import { dropNoticeWork, type NoticeWork } from './notice-outbox';

/** the mailer could not remove the copy; the work waits and tries again */
export class CopyNotRemovedError extends Error {
  constructor(detail: string) {
    super(`copy not removed: ${detail}`);
    this.name = 'CopyNotRemovedError';
  }
}

/**
 * Removes the copy the work names and then the work. Throws CopyNotRemovedError when the mailer fails (or
 * there is none any more: the copy is still there, so the work stays to say so), ConflictError when another
 * instance took the work meanwhile (its removal of the same copy is harmless).
 */
export async function removeNoticeCopy(deps: DeliveryDeps, work: Stored<NoticeWork>): Promise<void> {
  const copy = work.value.copyToRemove;
  if (copy) {
    if (!deps.mailer) throw new CopyNotRemovedError('no e-mail configured');
    try {
      await deps.mailer.discardSentCopy(copy.fromUserId, copy.key);
    } catch (error) {
      throw new CopyNotRemovedError(error instanceof Error ? error.message : String(error));
    }
  }
  await dropNoticeWork(deps.store, work);
}
