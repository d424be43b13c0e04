// A mailed notice leaves no copy in any mailbox (why: src/app/notice-by-mail.ts): once the outbox has recorded
// the notice as mailed, the mail's copy is scheduled for removal in the mail copy queue and the work is gone;
// the queue removes it once it has settled in Sent Items, and whatever dies on the way, the mail is never sent
// a second time.
import { describe, expect, it } from 'vitest';
import { saveChatReference } from '../../../src/app/chat-references-repo';
import { deliverNotices } from '../../../src/app/deliver-notices';
import { listCopyRemovals } from '../../../src/app/mail-copy-removals';
import {
  getNoticeRecord,
  listNoticesOf,
  listPendingNotices,
  ZNoticeRecord,
} from '../../../src/app/notice-outbox';
import { COPY_SETTLE_MS } from '../../../src/core/copy-removal';
import { MailSenderRefusedError } from '../../../src/ports/mailer';
import type { Store } from '../../../src/ports/store';
import type { TeamsApps } from '../../../src/ports/teams-apps';
import { ANNE, chatOf, directory, harness, invitation, person, queue, START } from './delivery-harness';

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

describe('the copy of a mailed notice', () => {
  it('is scheduled for removal once the notice is recorded as mailed, and removed five minutes later', async () => {
    const h = byMail();
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ mailed: 1 });
    // recorded as mailed, with what finds the copy; the work is gone, the removal waits in the queue
    const record = await getNoticeRecord(h.store, ANNE, invitation('c1').key);
    expect(record?.value).toMatchObject({ status: 'mailed', mail: { fromUserId: 'leader-1', key: KEY } });
    expect(await listPendingNotices(h.store)).toEqual([]);
    const [removal] = await listCopyRemovals(h.store);
    expect(removal?.value).toMatchObject({
      senderId: 'leader-1',
      key: KEY,
      notBefore: new Date(START.getTime() + COPY_SETTLE_MS).toISOString(),
    });

    h.advance(COPY_SETTLE_MS - 1);
    expect(await h.removeCopies()).toMatchObject({ removed: 0 });
    expect(h.removed).toEqual([]);
    h.advance(1);
    expect(await h.removeCopies('b')).toMatchObject({ removed: 1 });
    expect(h.removed).toEqual([`leader-1/${KEY}`]);
    expect(h.mails).toHaveLength(1);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ mailed: 0 });
    expect(await listCopyRemovals(h.store)).toEqual([]);
  });

  it('is removed from the leader above when the conductor’s mailbox was refused', async () => {
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
    expect(await h.removeCopies()).toMatchObject({ removed: 1 });
    expect(h.mails.map((m) => m.fromUserId)).toEqual(['leader-2']);
    expect(h.removed).toEqual([`leader-2/${KEY}`]);
  });

  it('a notice sent in Teams schedules nothing', async () => {
    const h = harness();
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 1 });
    expect(await listCopyRemovals(h.store)).toEqual([]);
  });

  it('dies after recording the mail, before scheduling the removal: the next pass schedules it and drops the work, one mail', async () => {
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
      async insert(table, pk, rk, value) {
        if (dead) throw new Error('process killed');
        return base.insert(table, pk, rk, value);
      },
    };
    await queue(h.store, [invitation('c1')]);
    await expect(deliverNotices({ ...h.deps, store: dying }, { owner: 'a', concurrency: 1 })).rejects.toThrow(
      'process killed',
    );
    expect((await listPendingNotices(h.store))[0]?.value.lease?.owner).toBe('a');
    expect(await listCopyRemovals(h.store)).toEqual([]);

    h.advance(120_001); // the dead instance's lease runs out
    expect(await deliverNotices(h.deps, { owner: 'b' })).toMatchObject({ mailed: 0, skipped: 1 });
    expect(await listPendingNotices(h.store)).toEqual([]);
    const [removal] = await listCopyRemovals(h.store);
    // the send was recorded at START: the removal is due five minutes after it
    expect(removal?.value).toMatchObject({
      senderId: 'leader-1',
      key: KEY,
      sentAt: START.toISOString(),
    });
    h.advance(COPY_SETTLE_MS);
    expect(await h.removeCopies('b')).toMatchObject({ removed: 1 });
    expect(h.mails).toHaveLength(1);
    expect(h.removed).toEqual([`leader-1/${KEY}`]);
  });

  it('reads records stored before copies were removed: an old mailed record is only tidied away', async () => {
    const h = byMail();
    await queue(h.store, [invitation('c1')]);
    const [work] = await listPendingNotices(h.store);
    const [record] = await listNoticesOf(h.store, ANNE);
    const oldRecord: Record<string, unknown> = { ...record!, status: 'mailed' };
    delete oldRecord.mail;
    expect(ZNoticeRecord.parse(oldRecord).mail).toBeNull();
    // a crash of an old version left an old mailed record with its work: nothing to find the copy by
    await h.store.put('notices', ANNE, record!.key, oldRecord);
    await h.store.put('noticeOutbox', 'pending', work!.value.key, work!.value);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ skipped: 1, mailed: 0 });
    expect(await listPendingNotices(h.store)).toEqual([]);
    expect(await listCopyRemovals(h.store)).toEqual([]);
    expect(h.mails).toEqual([]);
  });
});
