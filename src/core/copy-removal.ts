// Removing a sent mail's copy from the sender's mailbox (issue 9): the rules of the one queue that does it
// for every Samtale mail (app/mail-copy-removals.ts), the referat copy and a notice by e-mail alike. Why the
// copy must go: the referat is confidential and filed in the personnel library, a notice may name an action
// of the signed plan and may go from the leader above the conductor, and a copy in a mailbox is out of reach
// of Samtale's retention and deletion.
//
// Pure: the caller passes the time and the random number.
import { z } from 'zod';
import { retryDelayMs, type BackoffPolicy } from './backoff';

const ZInstant = z.string().datetime({ offset: true });

/**
 * Exchange moves a sent message to Sent Items only once its transport has taken it, after Graph answered
 * the send (learn.microsoft.com/graph/outlook-things-to-know-about-send-mail, steps 2-4). Looked up sooner,
 * the copy could still be the draft on its way out (removing it could stop the mail) or not be there yet
 * (and arrive after the removal found nothing, to stay for good). Transport normally takes a message within
 * seconds; five minutes leave room for a busy queue, at the cost of the copy lying there that long.
 */
export const COPY_SETTLE_MS = 5 * 60_000;

/**
 * After a failed removal: up to 1 min, 2 min, 4 min … at most an hour (full jitter, core/backoff.ts), so the
 * removals a Graph outage failed together do not all come back in the same second. Never given up: a copy
 * left would stay for good, so a mailbox that keeps refusing waits for the operator, tried hourly.
 */
export const COPY_REMOVAL_BACKOFF: BackoffPolicy = { baseMs: 60_000, capMs: 3_600_000, jitter: 'full' };

/** One scheduled removal: ids and a key only, never what the mail said. */
export const ZCopyRemoval = z.object({
  /** the Entra object id of the mailbox the mail went from */
  senderId: z.string().min(1),
  /** the mail's key (OutgoingMail.key), by which the mailer finds the copy */
  key: z.string().min(1),
  /** when the send was recorded */
  sentAt: ZInstant,
  /** no try before this: the send plus COPY_SETTLE_MS, then each failure's backoff */
  notBefore: ZInstant,
  /** failed tries so far */
  attempts: z.number().int().min(0),
  /** the instance removing it, until when (DESIGN §8: taken with the row's ETag) */
  lease: z.object({ owner: z.string().min(1), until: ZInstant }).nullable(),
  /** the last try's failure, for the operator: the first line of the error, never content */
  lastError: z.string().max(300).nullable(),
});
export type CopyRemoval = z.infer<typeof ZCopyRemoval>;

/** The removal of a mail sent at `sentAt`, due once the copy has settled in Sent Items. */
export function newCopyRemoval(input: { senderId: string; key: string; sentAt: Date }): CopyRemoval {
  return ZCopyRemoval.parse({
    senderId: input.senderId,
    key: input.key,
    sentAt: input.sentAt.toISOString(),
    notBefore: new Date(input.sentAt.getTime() + COPY_SETTLE_MS).toISOString(),
    attempts: 0,
    lease: null,
    lastError: null,
  });
}

/** Its time has come and no live lease holds it: a worker may take it. */
export function isRemovalDue(removal: CopyRemoval, now: Date): boolean {
  const at = now.getTime();
  return (
    Date.parse(removal.notBefore) <= at && (removal.lease === null || Date.parse(removal.lease.until) <= at)
  );
}

/**
 * The removal after a failed try at `now`: one more attempt, the next try after the backoff, the lease given
 * back so any instance may take it, and the failure's first line for the operator.
 */
export function afterFailedRemoval(
  removal: CopyRemoval,
  failure: { now: Date; random: number; detail: string },
): CopyRemoval {
  const attempts = removal.attempts + 1;
  const pause = retryDelayMs({ attempt: attempts, random: failure.random }, COPY_REMOVAL_BACKOFF);
  return {
    ...removal,
    attempts,
    notBefore: new Date(failure.now.getTime() + pause).toISOString(),
    lease: null,
    lastError: (failure.detail.split('\n')[0] ?? '').slice(0, 300),
  };
}
