// The archive outbox (DESIGN §2.7, §8): a signed referat is filed by a job stored before the first try.
//
// Layout, with 50,000 employees in mind: the jobs still to do sit in ONE partition ('pending' of
// archiveOutbox), keyed by conversation id, so a worker lists exactly the work there is: a handful of rows
// on a normal day, a few thousand after a long SharePoint outage, never the history. A finished job moves
// out, to archiveDone under its own conversation's partition, where the leader's status is one point read
// (about 50,000 rows a year, each read by key only). One partition for pending work is enough here: at most
// one job per conversation, and Table Storage serves about 2,000 operations a second per partition.
import { newArchiveJob, ZArchiveJob, type ArchiveJob } from '../core/archive-job';
import { AppError } from '../core/errors';
import { AlreadyExistsError, ConflictError, type Store, type Stored } from '../ports/store';

const OUTBOX = 'archiveOutbox';
const PENDING = 'pending';
const DONE = 'archiveDone';
const DONE_ROW = 'job';

export interface ArchiveRequest {
  conversationId: string;
  /** the SHA-256 both approvals signed */
  contentHash: string;
  /** ISO instant of the second approval */
  requestedAt: string;
}

/**
 * Stores the job that files this referat; call it after the fully approved referat is stored. The same
 * conversation and hash give one job (a repeated approval changes nothing, and a job already done stays
 * done); a newer hash replaces a waiting older one, since only the newest signed content is to be filed.
 */
export async function enqueueArchive(store: Store, request: ArchiveRequest): Promise<void> {
  const job = newArchiveJob(request);
  // Pending is read before done: the worker writes the done row before it deletes the pending one, so a
  // job finishing between the two reads is still seen in one of them and never enqueued a second time.
  for (let tries = 0; tries < 5; tries++) {
    const pending = await getPendingJob(store, request.conversationId);
    if (pending?.value.contentHash === request.contentHash) return;
    if (!pending) {
      const done = await getDoneJob(store, request.conversationId);
      if (done?.value.contentHash === request.contentHash) return;
    }
    try {
      if (pending) await store.put(OUTBOX, PENDING, request.conversationId, job, pending.etag);
      else await store.insert(OUTBOX, PENDING, request.conversationId, job);
      return;
    } catch (error) {
      // someone enqueued or the worker moved the job meanwhile: read again and decide again
      if (!(error instanceof ConflictError || error instanceof AlreadyExistsError)) throw error;
    }
  }
  throw new AppError('conflict', `archive job of ${request.conversationId} kept changing`);
}

export async function getPendingJob(
  store: Store,
  conversationId: string,
): Promise<Stored<ArchiveJob> | null> {
  return parsed(await store.get<unknown>(OUTBOX, PENDING, conversationId));
}

export async function getDoneJob(store: Store, conversationId: string): Promise<Stored<ArchiveJob> | null> {
  return parsed(await store.get<unknown>(DONE, conversationId, DONE_ROW));
}

/** every job still to do (due or not), oldest row key first */
export async function listPendingJobs(store: Store): Promise<Stored<ArchiveJob>[]> {
  const rows = await store.list<unknown>(OUTBOX, PENDING);
  return rows.map((row) => ({ ...row, value: ZArchiveJob.parse(row.value) }));
}

/** replaces the pending job only if it is still the version `etag` names (ConflictError otherwise) */
export function savePendingJob(store: Store, job: ArchiveJob, etag: string): Promise<Stored<ArchiveJob>> {
  return store.put(OUTBOX, PENDING, job.conversationId, ZArchiveJob.parse(job), etag);
}

/**
 * Moves a finished job out of the pending partition. The done row first: a crash in between leaves a
 * pending row whose done twin a later pass finds (finishDuplicate), never a job that vanished.
 */
export async function completeJob(store: Store, job: ArchiveJob, etag: string): Promise<void> {
  await store.put(DONE, job.conversationId, DONE_ROW, ZArchiveJob.parse(job));
  await store.delete(OUTBOX, PENDING, job.conversationId, etag);
}

/** drops a pending job (nothing left to file); ConflictError when it changed since `etag` */
export function dropPendingJob(store: Store, conversationId: string, etag: string): Promise<void> {
  return store.delete(OUTBOX, PENDING, conversationId, etag);
}

function parsed(row: Stored<unknown> | null): Stored<ArchiveJob> | null {
  return row ? { ...row, value: ZArchiveJob.parse(row.value) } : null;
}
