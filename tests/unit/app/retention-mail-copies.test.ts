// Deletion after retention and the mail copy queue (DESIGN §6): a person who left has their pending notices
// and records deleted, but never a scheduled removal of a sent mail's copy, theirs as recipient or as sender.
// The queue deletes that row itself once the copy is gone; deleted by retention before it ran, the copy (a
// referat, an action's title) would stay in the mailbox for good, out of reach of any later run.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { carryOutRetention, planRetention } from '../../../src/app/apply-retention';
import { listCopyRemovals } from '../../../src/app/mail-copy-removals';
import { completeNotice, enqueueNotices, listPendingNotices } from '../../../src/app/notice-outbox';
import { noticeKey, type AddressedNotice, type Notice } from '../../../src/core/notices';
import type { StoreScan } from '../../../src/ports/store-scan';

const ANNE = '11111111-1111-4111-8111-111111111111';
const LEADER = '22222222-2222-4222-8222-222222222222';
const NOW = new Date('2026-11-23T08:00:00.000Z');
const noConversations: StoreScan = {
  tables: async () => [],
  scan: async function* () {},
};

const invitation = (conversationId: string): AddressedNotice => {
  const notice: Notice = { type: 'invitation', conversationId };
  return { recipientId: ANNE, key: noticeKey(ANNE, notice), notice };
};

/** Anne has two invitations queued; the first went by e-mail from the leader, its copy not removed yet */
async function oneMailedOneQueued() {
  const store = createMemoryStore();
  await enqueueNotices(store, [invitation('c1'), invitation('c2')], NOW);
  const mailed = (await listPendingNotices(store)).find((w) => w.value.key === invitation('c1').key)!;
  const mail = { fromUserId: LEADER, key: `notice:${invitation('c1').key}` };
  await completeNotice(store, mailed, { status: 'mailed', detail: 'forbidden', mail }, NOW);
  return store;
}

const leaving = (personId: string) => ({
  today: '2026-11-23',
  policy: { retention: 'keep-all' as const, keepAfterLeavingDays: 0 },
  leavers: [{ personId, lastDay: '2026-11-01' }],
});

describe('retention with a mailed notice whose copy is not removed yet', () => {
  it('the recipient left: deletes the notice still to send and the records, and leaves the removal', async () => {
    const store = await oneMailedOneQueued();
    const plan = await planRetention({ store, scan: noConversations }, leaving(ANNE));
    const deleted = (table: string) => plan.deletions.filter((d) => d.table === table).map((d) => d.rowKey);
    expect(deleted('noticeOutbox')).toEqual([invitation('c2').key]);
    expect(deleted('notices').sort()).toEqual([invitation('c1').key, invitation('c2').key].sort());
    expect(plan.deletions.some((d) => d.table === 'mailCopyRemovals')).toBe(false);
  });

  it('the sender left: the removal that names their mailbox is carried out by the queue, not deleted', async () => {
    const store = await oneMailedOneQueued();
    const plan = await planRetention({ store, scan: noConversations }, leaving(LEADER));
    expect(plan.deletions.some((d) => d.table === 'mailCopyRemovals')).toBe(false);
    let id = 0;
    await carryOutRetention(
      { store, scan: noConversations, clock: { now: () => NOW }, newId: () => `${++id}` },
      plan,
    );
    expect((await listCopyRemovals(store)).map((r) => r.value.senderId)).toEqual([LEADER]);
  });
});
