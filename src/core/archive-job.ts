// The archive job (DESIGN §2.7, issue 7): filing a signed referat is stored as a job before the first try,
// so nothing is lost when SharePoint is down, and it is retried with backoff until the file is stored and
// the employee has the copy. Its steps are recorded as they succeed, so a retry picks up where it stopped.
import { z } from 'zod';

const ZInstant = z.string().datetime({ offset: true });

/** Why the last try failed, as a reason a leader can read (archive-texts.ts); never a stack trace. */
export const ZArchiveFailure = z.enum([
  'archive-unavailable',
  'archive-throttled',
  'archive-timeout',
  'archive-rejected',
  'mail-failed',
  'missing-data',
  'failed',
]);
export type ArchiveFailure = z.infer<typeof ZArchiveFailure>;

/** The filed document, as the personnel archive reported it (the port's ArchivedFile). */
export const ZFiledDocument = z.object({
  itemId: z.string().min(1),
  name: z.string().min(1),
  folderPath: z.string(),
  webUrl: z.string().min(1),
});
export type FiledDocument = z.infer<typeof ZFiledDocument>;

export const ZArchiveJob = z.object({
  conversationId: z.string().min(1),
  /** the SHA-256 of the signed content this job files (DESIGN §2.6) */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(['pending', 'done']),
  /** failed tries so far */
  attempts: z.number().int().min(0),
  nextAttemptAt: ZInstant,
  lastError: z.object({ reason: ZArchiveFailure, detail: z.string().max(300) }).nullable(),
  /** the instance working on it, until when (DESIGN §8: one instance at a time, taken with the ETag) */
  lease: z.object({ owner: z.string().min(1), until: ZInstant }).nullable(),
  steps: z.object({
    filed: ZFiledDocument.nullable(),
    /** false also when the employee has no mailbox: the leader then hands over a printed copy */
    copySent: z.boolean(),
  }),
  requestedAt: ZInstant,
  doneAt: ZInstant.nullable(),
});
export type ArchiveJob = z.infer<typeof ZArchiveJob>;

export function newArchiveJob(input: {
  conversationId: string;
  contentHash: string;
  requestedAt: string;
}): ArchiveJob {
  return ZArchiveJob.parse({
    ...input,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: input.requestedAt,
    lastError: null,
    lease: null,
    steps: { filed: null, copySent: false },
    doneAt: null,
  });
}

/** Pending, its time has come, and no live lease: an instance may take it. */
export function isDue(job: ArchiveJob, now: Date): boolean {
  const at = now.getTime();
  return (
    job.status === 'pending' &&
    Date.parse(job.nextAttemptAt) <= at &&
    (job.lease === null || Date.parse(job.lease.until) <= at)
  );
}

const FIRST_PAUSE_MS = 30_000;
const LONGEST_PAUSE_MS = 3_600_000;

/**
 * The pause after the n-th failed try: 30 s, 1 min, 2 min, 4 min … at most 1 h, plus up to 20 % jitter
 * so jobs that failed together in one SharePoint outage do not all come back in the same second.
 * `random` is in [0, 1), as Math.random; tests pass a fixed one.
 */
export function backoffMs(attempts: number, random: number): number {
  const base = Math.min(FIRST_PAUSE_MS * 2 ** Math.max(0, attempts - 1), LONGEST_PAUSE_MS);
  return Math.min(Math.round(base * (1 + 0.2 * random)), LONGEST_PAUSE_MS);
}
