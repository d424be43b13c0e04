// The notice delivery worker (DESIGN §2.8, §8): takes each due notice of the outbox under a lease (the work
// row's ETag: of two instances reaching for one notice, one gets it), renders it in the recipient's language,
// paces it under Teams' limits (core/pacing.ts), sends it, and records the activity id. Teams' "try later"
// is retried with backoff and jitter, honouring Retry-After (core/backoff.ts); a person Teams cannot reach
// gets Samtale installed where the tenant allows it, else the same content by e-mail (notice-reach.ts). A
// mailed notice's copy in the sender's mailbox is scheduled for removal (mail-copy-removals.ts), which the
// same timer runs (server/notice-timer.ts).
import { backoffMs } from '../core/archive-job';
import { retryDelayMs } from '../core/backoff';
import { takeTurns, teamsPacer, type SendPacer } from '../core/pacing';
import { ConflictError, type Stored } from '../ports/store';
import type { DeliveryDeps } from './delivery-deps';
import {
  completeNotice,
  dropNoticeWork,
  getNoticeRecord,
  isWorkDue,
  listPendingNotices,
  removeCopyLater,
  saveNoticeWork,
  type NoticeWork,
} from './notice-outbox';
import { deliverOne, RetryLater } from './notice-reach';

export { MAX_ATTEMPTS } from './notice-reach';

export type { DeliveryDeps, NoticeRenderer } from './delivery-deps';

const LEASE_MS = 120_000;

export interface DeliverOptions {
  /** this instance's id, written into the lease */
  owner: string;
  /** most notices taken in one pass; default 500 */
  limit?: number;
  /** notices in flight at once; default 8 (the pacer keeps the rate, this only hides the round trips) */
  concurrency?: number;
}

export interface DeliveryCounts {
  sent: number;
  mailed: number;
  dropped: number;
  failed: number;
  retried: number;
  /** taken by another instance first, or already done */
  skipped: number;
}

/** One pass over the due notices. Returns what became of them. */
export async function deliverNotices(deps: DeliveryDeps, opts: DeliverOptions): Promise<DeliveryCounts> {
  const now = deps.clock.now();
  const oldestFirst = (await listPendingNotices(deps.store))
    .filter((row) => isWorkDue(row.value, now))
    .sort((a, b) => a.value.nextAttemptAt.localeCompare(b.value.nextAttemptAt))
    .slice(0, opts.limit ?? 500);
  // one per person in turn, so a leader's ten notices do not hold every worker on that one chat
  const due = takeTurns(oldestFirst, (row) => row.value.recipientId);
  const counts: DeliveryCounts = { sent: 0, mailed: 0, dropped: 0, failed: 0, retried: 0, skipped: 0 };
  const pacer = deps.pacer ?? teamsPacer();
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const row = due[next++];
      if (row) counts[await deliverWork(deps, pacer, row, opts.owner)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, worker));
  pacer.prune(deps.clock.now().getTime());
  return counts;
}

async function deliverWork(
  deps: DeliveryDeps,
  pacer: SendPacer,
  row: Stored<NoticeWork>,
  owner: string,
): Promise<keyof DeliveryCounts> {
  const { store, clock } = deps;
  const until = new Date(clock.now().getTime() + (deps.leaseMs ?? LEASE_MS)).toISOString();
  let held: Stored<NoticeWork>;
  try {
    held = await saveNoticeWork(store, { ...row.value, lease: { owner, until } }, row.etag);
  } catch (error) {
    if (error instanceof ConflictError) return 'skipped'; // another instance took it first
    throw error;
  }
  // A crash after the record said done and before the work was removed: only tidy up, scheduling a mailed
  // notice's copy for removal again first (the record names the mail; the queue keeps the first schedule).
  const record = await getNoticeRecord(store, held.value.recipientId, held.value.key);
  if (record && record.value.status !== 'queued') {
    const mail = record.value.status === 'mailed' ? record.value.mail : null;
    const sentAt = record.value.doneAt ? new Date(record.value.doneAt) : clock.now();
    if (mail) await removeCopyLater(store, mail, sentAt);
    await dropNoticeWork(store, held);
    return 'skipped';
  }
  try {
    const outcome = await deliverOne(deps, pacer, held.value);
    await completeNotice(store, held, outcome, clock.now());
    return outcome.status;
  } catch (error) {
    if (error instanceof ConflictError) return 'skipped'; // the lease ran out and someone else has it
    return reschedule(deps, held, error);
  }
}

/** Records a failed try and when the next one is; the lease is given back so any instance may take it. */
async function reschedule(
  deps: DeliveryDeps,
  held: Stored<NoticeWork>,
  error: unknown,
): Promise<keyof DeliveryCounts> {
  const now = deps.clock.now();
  // held back by the pacer, nothing was sent: not a failed try, so it cannot use up the notice's tries
  const paced = error instanceof RetryLater && error.paced;
  const attempts = held.value.attempts + (paced ? 0 : 1);
  const random = (deps.random ?? Math.random)();
  const retryAfterMs = error instanceof RetryLater ? error.retryAfterMs : null;
  // Teams' own "try later" comes back within seconds to a minute (its guidance); an outage (Teams or Graph
  // not answering) waits 30 s, 1 min, 2 min … like the archive outbox, so a long one is not hammered.
  const pause = paced
    ? (retryAfterMs ?? 1_000)
    : error instanceof RetryLater && error.throttled
      ? retryDelayMs({ attempt: attempts, random, retryAfterMs })
      : backoffMs(attempts, random);
  const work: NoticeWork = {
    ...held.value,
    attempts,
    nextAttemptAt: new Date(now.getTime() + pause).toISOString(),
    lease: null,
    lastError: detailOf(error),
  };
  try {
    await saveNoticeWork(deps.store, work, held.etag);
  } catch (saveError) {
    if (saveError instanceof ConflictError) return 'skipped';
    throw saveError;
  }
  return 'retried';
}

/** for the operator: the first line only, never a stack, never content */
function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 300);
}
