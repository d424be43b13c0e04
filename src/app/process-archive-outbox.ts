// The archive worker (DESIGN §2.7, §8): takes each due job under a lease, tries it, and records either
// done or the failure with the next try's time. Several server instances may run it at once: the lease is
// written with the job's ETag, so of two instances reaching for one job only one gets it.
import { backoffMs, isDue, type ArchiveFailure, type ArchiveJob } from '../core/archive-job';
import { AppError } from '../core/errors';
import { ConflictError, type Stored } from '../ports/store';
import type { ArchiveDeps } from './archive-deps';
import { completeJob, dropPendingJob, getDoneJob, listPendingJobs, savePendingJob } from './archive-outbox';
import { ArchiveStepError, runArchiveJob } from './run-archive-job';

const ATTEMPT_TIMEOUT_MS = 120_000;
const LEASE_MS = 300_000;

export interface ProcessOutboxOptions {
  /** this instance's id, written into the lease */
  owner: string;
  /** most jobs taken in one pass; default 20 */
  limit?: number;
}

export async function processArchiveOutbox(
  deps: ArchiveDeps,
  opts: ProcessOutboxOptions,
): Promise<{ done: number; retried: number }> {
  const now = deps.clock.now();
  const due = (await listPendingJobs(deps.store))
    .filter((row) => isDue(row.value, now))
    .sort((a, b) => a.value.nextAttemptAt.localeCompare(b.value.nextAttemptAt))
    .slice(0, opts.limit ?? 20);
  const counts = { done: 0, retried: 0 };
  // One job after the other: a pass is short, and other instances take the rest of the queue meanwhile.
  for (const row of due) {
    const outcome = await processJob(deps, row, opts.owner);
    if (outcome === 'done') counts.done += 1;
    if (outcome === 'retry') counts.retried += 1;
  }
  return counts;
}

type Outcome = 'done' | 'retry' | 'dropped' | 'skipped';

async function processJob(deps: ArchiveDeps, row: Stored<ArchiveJob>, owner: string): Promise<Outcome> {
  const { store, clock } = deps;
  const leaseUntil = new Date(clock.now().getTime() + (deps.leaseMs ?? LEASE_MS)).toISOString();
  let held: Stored<ArchiveJob>;
  try {
    held = await savePendingJob(store, { ...row.value, lease: { owner, until: leaseUntil } }, row.etag);
  } catch (error) {
    if (error instanceof ConflictError) return 'skipped'; // another instance took it first
    throw error;
  }
  // A crash after the done row was written and before the pending row was deleted: only tidy up.
  const done = await getDoneJob(store, held.value.conversationId);
  if (done?.value.contentHash === held.value.contentHash) {
    await dropPendingJob(store, held.value.conversationId, held.etag);
    return 'done';
  }

  let abandoned = false;
  const save = async (job: ArchiveJob) => {
    // a try that timed out may still be running; it must not write over what came after it
    if (abandoned) throw new AppError('conflict', 'this try was given up');
    held = await savePendingJob(store, job, held.etag);
    return held.value;
  };
  try {
    const work = runArchiveJob(deps, held.value, save);
    const result = await withTimeout(work, deps.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS);
    if (result === 'dropped') {
      await dropPendingJob(store, held.value.conversationId, held.etag);
      return 'dropped';
    }
    const finished = clock.now().toISOString();
    await completeJob(
      store,
      { ...held.value, status: 'done', lease: null, lastError: null, doneAt: finished },
      held.etag,
    );
    return 'done';
  } catch (error) {
    abandoned = true;
    // The lease was lost (it ran out and another instance took the job) or a newer hash replaced it.
    if (error instanceof ConflictError) return 'skipped';
    return recordFailure(deps, held, error);
  }
}

async function recordFailure(deps: ArchiveDeps, held: Stored<ArchiveJob>, error: unknown): Promise<Outcome> {
  const now = deps.clock.now();
  const job = held.value;
  const attempts = job.attempts + 1;
  const reason = reasonOf(error);
  const pause = backoffMs(attempts, (deps.random ?? Math.random)());
  const failed: ArchiveJob = {
    ...job,
    attempts,
    nextAttemptAt: new Date(now.getTime() + pause).toISOString(),
    lastError: { reason, detail: detailOf(error) },
    // A try that timed out may still be talking to SharePoint: it keeps its lease until the lease runs
    // out, so no other instance starts on the same files meanwhile. Any other failure has stopped.
    lease: reason === 'archive-timeout' ? job.lease : null,
  };
  try {
    await savePendingJob(deps.store, failed, held.etag);
  } catch (saveError) {
    if (saveError instanceof ConflictError) return 'skipped';
    throw saveError;
  }
  return 'retry';
}

class AttemptTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeout(`no answer within ${ms} ms`)), ms);
  });
  work.catch(() => {}); // once given up, its late failure is nobody's business
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): ArchiveFailure {
  if (error instanceof AttemptTimeout) return 'archive-timeout';
  if (error instanceof ArchiveStepError) return error.reason;
  // Graph failures carry the HTTP status (adapters/graph/errors.ts); 0 means no answer at all.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') {
    if (status === 429) return 'archive-throttled';
    if (status === 0 || status >= 500) return 'archive-unavailable';
    return 'archive-rejected';
  }
  if (error instanceof AppError && error.code === 'bad-request') return 'missing-data';
  return 'failed';
}

/** for the operator: the first line only, never a stack, never longer than the job keeps */
function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 300);
}
