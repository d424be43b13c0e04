// The notice outbox (DESIGN §2.8, §8): what a person is to be told is stored under its idempotency key
// before anything is sent, so a second sweep, a retried request or a second server instance finds the key
// and sends nothing twice; the delivery worker (deliver-notices.ts) sends what is pending.
//
// Two tables, as the archive outbox:
// - notices: the permanent record of every notice, one partition per recipient, row key = the notice key.
//   Inserting it is the idempotency check (insert fails when the key is taken), and it says what became of
//   the notice (sent in Teams with the activity id, mailed, dropped), for a person's data export.
// - noticeOutbox / pending: the work still to do, row key = the notice key, with the attempts, the next
//   try and the lease (ETag) a worker takes. A delivered notice leaves it, so a worker lists exactly the work
//   there is: a morning's reminders, never the history. A mailed notice's copy in the sender's mailbox is
//   left to the mail copy queue (mail-copy-removals.ts), scheduled once the record says mailed.
import { z } from 'zod';
import { AppError } from '../core/errors';
import { ZAddressedNotice, ZNotice, type AddressedNotice } from '../core/notices';
import { AlreadyExistsError, type Store, type Stored } from '../ports/store';
import { scheduleCopyRemoval } from './mail-copy-removals';

const NOTICES = 'notices';
const OUTBOX = 'noticeOutbox';
const PENDING = 'pending';

const ZInstant = z.string().datetime({ offset: true });

export const ZNoticeStatus = z.enum([
  /** stored, not yet delivered */
  'queued',
  /** posted into the person's Teams chat */
  'sent',
  /** the person could not be reached in Teams; the same content went by e-mail */
  'mailed',
  /** nothing to say any more (the conversation was cancelled, the person left): not sent */
  'dropped',
  /** neither Teams nor e-mail could take it, for a reason a retry will not change */
  'failed',
]);
export type NoticeStatus = z.infer<typeof ZNoticeStatus>;

/** a mail that went: the mailbox it went from and its key, by which the copy there is found */
export const ZSentMail = z.object({ fromUserId: z.string().min(1), key: z.string().min(1) });
export type SentMail = z.infer<typeof ZSentMail>;

export const ZNoticeRecord = ZAddressedNotice.extend({
  status: ZNoticeStatus,
  queuedAt: ZInstant,
  doneAt: ZInstant.nullable(),
  /** the Teams activity id of the sent card (to update it later); null unless sent */
  activityId: z.string().nullable(),
  /** the chat it went into; null unless sent */
  chatConversationId: z.string().nullable(),
  /** why it was dropped, failed or mailed, for the operator; never content */
  detail: z.string().max(300).nullable(),
  /**
   * the mail, when mailed: who it went from (the conductor, or the leader above them) and its key, so its
   * copy can still be removed after a crash; null otherwise, and in records stored before copies were removed
   */
  mail: ZSentMail.nullable().default(null),
});
export type NoticeRecord = z.infer<typeof ZNoticeRecord>;

export const ZNoticeWork = z.object({
  key: ZAddressedNotice.shape.key,
  recipientId: ZAddressedNotice.shape.recipientId,
  notice: ZNotice,
  queuedAt: ZInstant,
  /** failed tries so far */
  attempts: z.number().int().min(0),
  nextAttemptAt: ZInstant,
  /** the instance delivering it, until when (DESIGN §8: taken with the row's ETag) */
  lease: z.object({ owner: z.string().min(1), until: ZInstant }).nullable(),
  /** the last try's failure, for the operator */
  lastError: z.string().max(300).nullable(),
});
export type NoticeWork = z.infer<typeof ZNoticeWork>;

/** at most this many notices are stored at once: enough to overlap the round trips, few enough for Azurite */
const PARALLEL = 16;

/**
 * Stores notices to be delivered. A notice whose key is stored already (sent, pending or dropped) is
 * `known` and changes nothing; the others are `queued`. Call it where the event happens (a booking, an
 * approval, the sweep); the worker delivers, so Teams being down never fails the caller.
 * Throws AppError bad-request (with the index) for a notice that does not parse, before storing any.
 */
export async function enqueueNotices(
  store: Store,
  notices: AddressedNotice[],
  now: Date,
): Promise<{ queued: number; known: number }> {
  const parsed = notices.map((notice, index) => {
    const result = ZAddressedNotice.safeParse(notice);
    if (!result.success)
      throw new AppError('bad-request', result.error.issues[0]?.message, `notices.${index}`);
    return result.data;
  });
  const counts = { queued: 0, known: 0 };
  for (let start = 0; start < parsed.length; start += PARALLEL) {
    const outcomes = await Promise.all(
      parsed.slice(start, start + PARALLEL).map((n) => enqueueOne(store, n, now)),
    );
    for (const outcome of outcomes) counts[outcome] += 1;
  }
  return counts;
}

async function enqueueOne(store: Store, notice: AddressedNotice, now: Date): Promise<'queued' | 'known'> {
  const at = now.toISOString();
  const record: NoticeRecord = {
    ...notice,
    status: 'queued',
    queuedAt: at,
    doneAt: null,
    activityId: null,
    chatConversationId: null,
    detail: null,
    mail: null,
  };
  try {
    await store.insert(NOTICES, notice.recipientId, notice.key, record);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    // A crash between the two writes left a record without work: put the work back, once.
    const existing = await getNoticeRecord(store, notice.recipientId, notice.key);
    if (existing?.value.status === 'queued') await ensureWork(store, existing.value, at);
    return 'known';
  }
  await ensureWork(store, record, at);
  return 'queued';
}

async function ensureWork(store: Store, record: NoticeRecord, at: string): Promise<void> {
  const work: NoticeWork = {
    key: record.key,
    recipientId: record.recipientId,
    notice: record.notice,
    queuedAt: record.queuedAt,
    attempts: 0,
    nextAttemptAt: at,
    lease: null,
    lastError: null,
  };
  try {
    await store.insert(OUTBOX, PENDING, record.key, work);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
}

/** one notice's record, or null when that key was never stored */
export async function getNoticeRecord(
  store: Store,
  recipientId: string,
  key: string,
): Promise<Stored<NoticeRecord> | null> {
  const row = await store.get<unknown>(NOTICES, recipientId, key);
  return row ? { ...row, value: ZNoticeRecord.parse(row.value) } : null;
}

/** every notice stored for a person, by key (right of access, DESIGN §6) */
export async function listNoticesOf(store: Store, recipientId: string): Promise<NoticeRecord[]> {
  const rows = await store.list<unknown>(NOTICES, recipientId);
  return rows.map((row) => ZNoticeRecord.parse(row.value));
}

/** every notice still to deliver (due or not) */
export async function listPendingNotices(store: Store): Promise<Stored<NoticeWork>[]> {
  const rows = await store.list<unknown>(OUTBOX, PENDING);
  return rows.map((row) => ({ ...row, value: ZNoticeWork.parse(row.value) }));
}

/** Its time has come and no live lease holds it: a worker may take it. */
export function isWorkDue(work: NoticeWork, now: Date): boolean {
  const at = now.getTime();
  return Date.parse(work.nextAttemptAt) <= at && (work.lease === null || Date.parse(work.lease.until) <= at);
}

/** replaces the work row only if it is still the version `etag` names (ConflictError otherwise) */
export function saveNoticeWork(store: Store, work: NoticeWork, etag: string): Promise<Stored<NoticeWork>> {
  return store.put(OUTBOX, PENDING, work.key, ZNoticeWork.parse(work), etag);
}

export type NoticeOutcome =
  | { status: 'sent'; activityId: string; chatConversationId: string }
  | { status: 'mailed'; detail: string; mail: SentMail }
  | { status: 'dropped' | 'failed'; detail: string };

/**
 * Records what became of a notice and takes it out of the pending work; a mailed notice's copy in the
 * sender's mailbox is scheduled for removal in between. The record first: removed before it, a retried send
 * would find nothing under the key and send again; and a crash after it leaves work whose record is no
 * longer queued, which the worker only tidies away (scheduling the removal again, for a mailed one).
 */
export async function completeNotice(
  store: Store,
  work: Stored<NoticeWork>,
  outcome: NoticeOutcome,
  now: Date,
): Promise<void> {
  const current = await getNoticeRecord(store, work.value.recipientId, work.value.key);
  const base: NoticeRecord = current?.value ?? {
    key: work.value.key,
    recipientId: work.value.recipientId,
    notice: work.value.notice,
    status: 'queued',
    queuedAt: work.value.queuedAt,
    doneAt: null,
    activityId: null,
    chatConversationId: null,
    detail: null,
    mail: null,
  };
  const done: NoticeRecord = {
    ...base,
    status: outcome.status,
    doneAt: now.toISOString(),
    activityId: outcome.status === 'sent' ? outcome.activityId : null,
    chatConversationId: outcome.status === 'sent' ? outcome.chatConversationId : null,
    detail: outcome.status === 'sent' ? null : outcome.detail.slice(0, 300),
    mail: outcome.status === 'mailed' ? outcome.mail : null,
  };
  await store.put(NOTICES, done.recipientId, done.key, ZNoticeRecord.parse(done));
  if (outcome.status === 'mailed') await removeCopyLater(store, outcome.mail, now);
  await store.delete(OUTBOX, PENDING, work.value.key, work.etag);
}

/** the mail's copy out of the mailbox it went from, once it has settled there (why: notice-by-mail.ts) */
export function removeCopyLater(store: Store, mail: SentMail, sentAt: Date): Promise<void> {
  return scheduleCopyRemoval(store, { senderId: mail.fromUserId, key: mail.key, sentAt });
}

/** drops work whose record says it is done already (a crash after the record was written) */
export function dropNoticeWork(store: Store, work: Stored<NoticeWork>): Promise<void> {
  return store.delete(OUTBOX, PENDING, work.value.key, work.etag);
}
