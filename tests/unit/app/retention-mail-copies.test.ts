// Deletion after retention and the notice outbox (DESIGN §6): a person who left has their pending notices
// deleted with their records, except the work that removes a mailed notice's copy from the sender's mailbox,
// which the delivery worker deletes once the copy is gone; deleted by retention, the copy would stay for good.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { planRetention } from '../../../src/app/apply-retention';
import { completeNotice, enqueueNotices, listPendingNotices } from '../../../src/app/notice-outbox';
import { noticeKey, type AddressedNotice, type Notice } from '../../../src/core/notices';
import type { StoreScan } from '../../../src/ports/store-scan';

const ANNE = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2026-11-23T08:00:00.000Z');
const noConversations: StoreScan = {
  tables: async () => [],
  scan: async function* () {},
};

const invitation = (conversationId: string): AddressedNotice => {
  const notice: Notice = { type: 'invitation', conversationId };
  return { recipientId: ANNE, key: noticeKey(ANNE, notice), notice };
};

describe('retention of a person who left, with a mailed notice whose copy is not removed yet', () => {
  it('deletes the notice still to send and the records, and leaves the copy’s work to the worker', async () => {
    const store = createMemoryStore();
    await enqueueNotices(store, [invitation('c1'), invitation('c2')], NOW);
    const mailed = (await listPendingNotices(store)).find((w) => w.value.key === invitation('c1').key)!;
    const mail = { fromUserId: 'leader-1', key: `notice:${invitation('c1').key}` };
    await completeNotice(store, mailed, { status: 'mailed', detail: 'forbidden', mail }, NOW);

    const plan = await planRetention(
      { store, scan: noConversations },
      {
        today: '2026-11-23',
        policy: { retention: 'keep-all', keepAfterLeavingDays: 0 },
        leavers: [{ personId: ANNE, lastDay: '2026-11-01' }],
      },
    );
    const deleted = (table: string) => plan.deletions.filter((d) => d.table === table).map((d) => d.rowKey);
    expect(deleted('noticeOutbox')).toEqual([invitation('c2').key]);
    expect(deleted('notices').sort()).toEqual([invitation('c1').key, invitation('c2').key].sort());
  });
});
