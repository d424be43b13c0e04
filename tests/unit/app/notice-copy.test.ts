// A mailed notice leaves no copy in any mailbox (why: src/app/notice-by-mail.ts): the delivery worker removes
// the mail's copy from the mailbox it went from, only after the outbox recorded the notice as mailed and the
// copy settled in Sent Items, and whatever fails or dies on the way, the mail is never sent a second time.
import { describe, expect, it } from 'vitest';
import { deliverNotices } from '../../../src/app/deliver-notices';
import {
  COPY_SETTLE_MS,
  getNoticeRecord,
  listNoticesOf,
  listPendingNotices,
  ZNoticeRecord,
  ZNoticeWork,
} from '../../../src/app/notice-outbox';
import { MailSenderRefusedError } from '../../../src/ports/mailer';
import type { Store } from '../../../src/ports/store';
import type { TeamsApps } from '../../../src/ports/teams-apps';
import { ANNE, directory, harness, invitation, person, queue, START } from './delivery-harness';

const noTeams: TeamsApps = {
  ensureInstalled: async () => ({ notAllowed: true, reason: 'forbidden', detail: '403' }),
};

/** a harness where Teams cannot reach Anne, so her notices go by e-mail from leader-1 */
function byMail() {
  const h = harness();
  h.deps.teamsApps = noTeams;
  return h;
}

const KEY = `notice:${invitation('c1').key}`;

describe('removing a mailed notice’s copy from the sender’s mailbox', () => {
  it('records the mail, and removes its copy on a pass once it has settled in Sent Items, never before', async () => {
    const h = byMail();
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ mailed: 1, copiesRemoved: 0 });
    // recorded as mailed, with what finds the copy; the work stays for the copy alone
    const record = await getNoticeRecord(h.store, ANNE, invitation('c1').key);
    expect(record?.value).toMatchObject({ status: 'mailed', mail: { fromUserId: 'leader-1', key: KEY } });
    const [work] = await listPendingNotices(h.store);
    expect(work?.value).toMatchObject({ copyToRemove: { fromUserId: 'leader-1', key: KEY }, lease: null });
    expect(Date.parse(work!.value.nextAttemptAt)).toBe(START.getTime() + COPY_SETTLE_MS);
    expect(h.removed).toEqual([]);

    h.advance(COPY_SETTLE_MS - 1);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ copiesRemoved: 0 });
    expect(h.removed).toEqual([]);
    h.advance(1);
    expect(await deliverNotices(h.deps, { owner: 'b' })).toMatchObject({ copiesRemoved: 1, mailed: 0 });
    expect(h.removed).toEqual([`leader-1/${KEY}`]);
    expect(h.mails).toHaveLength(1);
    expect(await listPendingNotices(h.store)).toEqual([]);
    expect((await getNoticeRecord(h.store, ANNE, invitation('c1').key))?.value.status).toBe('mailed');
  });

  it('removes the copy from the leader above when the conductor’s mailbox was refused', async () => {
    const h = byMail();
    h.deps.directory = {
      ...directory,
      getManager: async (id) => (id === 'leader-1' ? person('leader-2') : null),
    };
    const send = h.deps.mailer!.sendMail;
    h.deps.mailer = {
      ...h.deps.mailer!,
      async sendMail(mail) {
        if (mail.fromUserId === 'leader-1')
          throw new MailSenderRefusedError('leader-1', 403, 'ErrorAccessDenied');
        await send(mail);
      },
    };
    await queue(h.store, [invitation('c1')]);
    await deliverNotices(h.deps, { owner: 'a' });
    h.advance(COPY_SETTLE_MS);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ copiesRemoved: 1 });
    expect(h.mails.map((m) => m.fromUserId)).toEqual(['leader-2']);
    expect(h.removed).toEqual([`leader-2/${KEY}`]);
  });

  it('a removal that fails backs off like a failed send, and the next try removes it without sending', async () => {
    const h = byMail();
    let failures = 2;
    const discard = h.deps.mailer!.discardSentCopy;
    h.deps.mailer = {
      ...h.deps.mailer!,
      async discardSentCopy(from, key) {
        if (failures-- > 0) throw new Error('Graph 503 ServiceNotAvailable\nat …');
        await discard(from, key);
      },
    };
    await queue(h.store, [invitation('c1')]);
    await deliverNotices(h.deps, { owner: 'a' });
    h.advance(COPY_SETTLE_MS);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ retried: 1, copiesRemoved: 0 });
    const [waiting] = await listPendingNotices(h.store);
    expect(waiting?.value).toMatchObject({
      attempts: 1,
      lease: null,
      lastError: 'copy not removed: Graph 503 ServiceNotAvailable',
    });
    // the archive outbox's backoff: 30 s (with this jitter, 33 s), then 1 min …
    expect(Date.parse(waiting!.value.nextAttemptAt) - h.deps.clock.now().getTime()).toBe(33_000);
    h.advance(33_000);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ retried: 1 });
    expect((await listPendingNotices(h.store))[0]?.value.attempts).toBe(2);
    h.advance(66_000);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ copiesRemoved: 1 });
    expect(h.mails).toHaveLength(1);
    expect(h.removed).toEqual([`leader-1/${KEY}`]);
    expect(await listPendingNotices(h.store)).toEqual([]);
  });

  it('with no mailer any more, the work stays to say the copy is still there', async () => {
    const h = byMail();
    await queue(h.store, [invitation('c1')]);
    await deliverNotices(h.deps, { owner: 'a' });
    h.deps.mailer = null;
    h.advance(COPY_SETTLE_MS);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ retried: 1 });
    const [work] = await listPendingNotices(h.store);
    expect(work?.value.lastError).toBe('copy not removed: no e-mail configured');
  });

  it('dies after recording the mail, before keeping the work for the copy: the next pass goes on to the copy, one mail', async () => {
    const h = byMail();
    let dead = false;
    const base = h.store;
    const dying: Store = {
      ...base,
      async put(table, pk, rk, value, etag) {
        if (dead) throw new Error('process killed');
        const stored = await base.put(table, pk, rk, value, etag);
        if (table === 'notices' && (value as { status?: string }).status === 'mailed') dead = true;
        return stored;
      },
    };
    await queue(h.store, [invitation('c1')]);
    await expect(deliverNotices({ ...h.deps, store: dying }, { owner: 'a', concurrency: 1 })).rejects.toThrow(
      'process killed',
    );
    const [held] = await listPendingNotices(h.store);
    expect(held?.value).toMatchObject({ copyToRemove: null, lease: { owner: 'a' } });

    h.advance(120_001); // the dead instance's lease runs out
    expect(await deliverNotices(h.deps, { owner: 'b' })).toMatchObject({ mailed: 0, skipped: 1 });
    expect((await listPendingNotices(h.store))[0]?.value.copyToRemove).toEqual({
      fromUserId: 'leader-1',
      key: KEY,
    });
    h.advance(COPY_SETTLE_MS);
    expect(await deliverNotices(h.deps, { owner: 'b' })).toMatchObject({ copiesRemoved: 1 });
    expect(h.mails).toHaveLength(1);
    expect(h.removed).toEqual([`leader-1/${KEY}`]);
  });

  it('reads rows stored before copies were removed: no copy named, and an old mailed record only tidied away', async () => {
    const h = byMail();
    await queue(h.store, [invitation('c1')]);
    const [work] = await listPendingNotices(h.store);
    const { copyToRemove, ...oldWork } = work!.value;
    expect(copyToRemove).toBeNull();
    expect(ZNoticeWork.parse(oldWork).copyToRemove).toBeNull();
    const [record] = await listNoticesOf(h.store, ANNE);
    const oldRecord: Record<string, unknown> = { ...record!, status: 'mailed' };
    delete oldRecord.mail;
    expect(ZNoticeRecord.parse(oldRecord).mail).toBeNull();
    // a crash of the old version left an old mailed record with its work: nothing to find the copy by
    await h.store.put('notices', ANNE, record!.key, oldRecord);
    await h.store.put('noticeOutbox', 'pending', work!.value.key, oldWork);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ skipped: 1, mailed: 0 });
    expect(await listPendingNotices(h.store)).toEqual([]);
    expect(h.mails).toEqual([]);
    expect(h.removed).toEqual([]);
  });
});
