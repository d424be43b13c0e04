// The one queue that removes sent mails' copies from the senders' mailboxes (issue 9; the rules, and why the
// copies must go, in core/copy-removal.ts). Whoever sends a mail through the Mailer (the archive job's copy to
// the employee, the notice outbox's e-mail) schedules its removal here, and never removes the copy itself:
// - only once it has durably recorded the mail as sent: removed before, a retried send would find nothing
//   under the key and send the mail again;
// - and not at once: Exchange moves the message to Sent Items only after Graph answered the send, so the
//   removal is due COPY_SETTLE_MS after it.
// Scheduling is an insert under a row key made from the mail's key, so a caller that died between its record
// and the schedule simply schedules again on its next try, and the first time is kept.
//
// Layout: one table, mailCopyRemovals, one partition ('pending'); a removal done leaves it, so a worker lists
// exactly the work there is (the mails of the last minutes, or of a Graph outage), never the history. Each
// row is taken under a lease written with its ETag, so of two instances reaching for one removal one gets it.
import {
  afterFailedRemoval,
  isRemovalDue,
  newCopyRemoval,
  ZCopyRemoval,
  type CopyRemoval,
} from '../core/copy-removal';
import { sha256Hex } from '../core/referat/sha256';
import type { Clock } from '../ports/clock';
import type { Mailer } from '../ports/mailer';
import { AlreadyExistsError, ConflictError, type Store, type Stored } from '../ports/store';

const REMOVALS = 'mailCopyRemovals';
const PENDING = 'pending';
/** longer than one removal takes (a look-up and a delete); a dead instance's removals wait this long */
const LEASE_MS = 120_000;

/** What the removal worker needs. */
export interface CopyRemovalDeps {
  store: Store;
  clock: Clock;
  /** finds the copy by its key and deletes it for good; none there is done */
  mailer: Mailer;
  /** in [0, 1), for the backoff's jitter; default Math.random */
  random?: () => number;
  /** how long a taken removal stays this instance's; default 2 min */
  leaseMs?: number;
}

export interface ScheduleCopyRemoval {
  /** the mailbox the mail went from */
  senderId: string;
  /** the mail's key (OutgoingMail.key) */
  key: string;
  /** when the send was recorded; the removal is due COPY_SETTLE_MS later */
  sentAt: Date;
}

/**
 * Stores the removal of a sent mail's copy. Call it only after the send is recorded where the caller's next
 * try reads it. Idempotent: a removal already scheduled for the key is kept as it is (its first time, its
 * tries); one already done is scheduled again, which finds nothing and is done.
 */
export async function scheduleCopyRemoval(store: Store, input: ScheduleCopyRemoval): Promise<void> {
  try {
    await store.insert(REMOVALS, PENDING, rowKeyOf(input.key), newCopyRemoval(input));
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
}

/** every removal still to do (due or not) */
export async function listCopyRemovals(store: Store): Promise<Stored<CopyRemoval>[]> {
  const rows = await store.list<unknown>(REMOVALS, PENDING);
  return rows.map((row) => ({ ...row, value: ZCopyRemoval.parse(row.value) }));
}

export interface ProcessCopyRemovalsOptions {
  /** this instance's id, written into the lease */
  owner: string;
  /** most removals taken in one pass; default 50 */
  limit?: number;
}

/** a failed try, for the log: the operator sees each one, since a removal is never given up */
export interface CopyRemovalFailure {
  senderId: string;
  key: string;
  /** failed tries so far, this one included */
  attempts: number;
  /** when the next try is */
  notBefore: string;
  /** the error's first line, never content */
  error: string;
}

export interface CopyRemovalCounts {
  removed: number;
  retried: number;
  /** taken by another instance first */
  skipped: number;
  failures: CopyRemovalFailure[];
}

/** One pass over the due removals, one after the other (a few Graph calls each). */
export async function processCopyRemovals(
  deps: CopyRemovalDeps,
  opts: ProcessCopyRemovalsOptions,
): Promise<CopyRemovalCounts> {
  const now = deps.clock.now();
  const due = (await listCopyRemovals(deps.store))
    .filter((row) => isRemovalDue(row.value, now))
    .sort((a, b) => a.value.notBefore.localeCompare(b.value.notBefore))
    .slice(0, opts.limit ?? 50);
  const counts: CopyRemovalCounts = { removed: 0, retried: 0, skipped: 0, failures: [] };
  for (const row of due) {
    const outcome = await removeOne(deps, row, opts.owner);
    if (typeof outcome === 'string') counts[outcome] += 1;
    else {
      counts.retried += 1;
      counts.failures.push(outcome);
    }
  }
  return counts;
}

async function removeOne(
  deps: CopyRemovalDeps,
  row: Stored<CopyRemoval>,
  owner: string,
): Promise<'removed' | 'skipped' | CopyRemovalFailure> {
  const { store, clock } = deps;
  const until = new Date(clock.now().getTime() + (deps.leaseMs ?? LEASE_MS)).toISOString();
  let held: Stored<CopyRemoval>;
  try {
    held = await save(store, row.rowKey, { ...row.value, lease: { owner, until } }, row.etag);
  } catch (error) {
    if (error instanceof ConflictError) return 'skipped'; // another instance took it first
    throw error;
  }
  try {
    await deps.mailer.discardSentCopy(held.value.senderId, held.value.key);
  } catch (error) {
    const failed = afterFailedRemoval(held.value, {
      now: clock.now(),
      random: (deps.random ?? Math.random)(),
      detail: error instanceof Error ? error.message : String(error),
    });
    try {
      await save(store, held.rowKey, failed, held.etag);
    } catch (saveError) {
      // the lease ran out and another instance has it: its try is the one that counts
      if (saveError instanceof ConflictError) return 'skipped';
      throw saveError;
    }
    const { senderId, key, attempts, notBefore, lastError } = failed;
    return { senderId, key, attempts, notBefore, error: lastError ?? '' };
  }
  try {
    await store.delete(REMOVALS, PENDING, held.rowKey, held.etag);
  } catch (error) {
    // our lease ran out and another instance took it: removing the copy twice is harmless, and it counts it
    if (error instanceof ConflictError) return 'skipped';
    throw error;
  }
  return 'removed';
}

function save(
  store: Store,
  rowKey: string,
  removal: CopyRemoval,
  etag: string,
): Promise<Stored<CopyRemoval>> {
  return store.put(REMOVALS, PENDING, rowKey, ZCopyRemoval.parse(removal), etag);
}

/**
 * The row of a mail's key: its SHA-256, so any key fits the table service's rules (a notice's key prefixed
 * may pass its 255 characters) and one mail has one row.
 */
function rowKeyOf(key: string): string {
  return sha256Hex(`mail-copy:${key}`);
}
