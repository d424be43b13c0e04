import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import {
  completeNotice,
  enqueueNotices,
  getNoticeRecord,
  isWorkDue,
  listPendingNotices,
} from '../../../src/app/notice-outbox';
import { AppError } from '../../../src/core/errors';
import { noticeKey, type AddressedNotice, type Notice } from '../../../src/core/notices';
import type { Store } from '../../../src/ports/store';

const EMPLOYEE = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2026-11-23T08:00:00.000Z');
const invitation: Notice = { type: 'invitation', conversationId: 'c1' };
const addressed = (notice: Notice, occasion = ''): AddressedNotice => ({
  recipientId: EMPLOYEE,
  key: noticeKey(EMPLOYEE, notice, occasion),
  notice,
});

describe('enqueueNotices (DESIGN §2.8: each notice is sent once)', () => {
  it('stores a notice once, however often the same key is enqueued', async () => {
    const store = createMemoryStore();
    expect(await enqueueNotices(store, [addressed(invitation)], NOW)).toEqual({ queued: 1, known: 0 });
    expect(await enqueueNotices(store, [addressed(invitation)], NOW)).toEqual({ queued: 0, known: 1 });
    const pending = await listPendingNotices(store);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.value).toMatchObject({ attempts: 0, lease: null, notice: invitation });
    expect(isWorkDue(pending[0]!.value, NOW)).toBe(true);
  });

  it('a notice already delivered is known and not queued again (a second sweep sends nothing)', async () => {
    const store = createMemoryStore();
    await enqueueNotices(store, [addressed(invitation)], NOW);
    const [work] = await listPendingNotices(store);
    await completeNotice(
      store,
      work!,
      { status: 'sent', activityId: 'a1', chatConversationId: 'chat-1' },
      NOW,
    );
    expect(await enqueueNotices(store, [addressed(invitation)], NOW)).toEqual({ queued: 0, known: 1 });
    expect(await listPendingNotices(store)).toHaveLength(0);
    const record = await getNoticeRecord(store, EMPLOYEE, addressed(invitation).key);
    expect(record?.value).toMatchObject({ status: 'sent', activityId: 'a1' });
  });

  it('another occasion is another notice (a rebooked meeting gets its new invitation)', async () => {
    const store = createMemoryStore();
    const counts = await enqueueNotices(
      store,
      [addressed(invitation, '2026-12-01T08:00:00Z'), addressed(invitation, '2026-12-03T08:00:00Z')],
      NOW,
    );
    expect(counts).toEqual({ queued: 2, known: 0 });
  });

  it('puts the work back when a crash left the record without it', async () => {
    const base = createMemoryStore();
    let failOutbox = true;
    const crashing: Store = {
      ...base,
      insert: async (table, pk, rk, value) => {
        if (table === 'noticeOutbox' && failOutbox) throw new Error('crash');
        return base.insert(table, pk, rk, value);
      },
    };
    await expect(enqueueNotices(crashing, [addressed(invitation)], NOW)).rejects.toThrow('crash');
    failOutbox = false;
    expect(await enqueueNotices(crashing, [addressed(invitation)], NOW)).toEqual({ queued: 0, known: 1 });
    expect(await listPendingNotices(base)).toHaveLength(1);
  });

  it('refuses a malformed notice before storing any, naming which', async () => {
    const store = createMemoryStore();
    const bad = { ...addressed(invitation), key: 'has space' };
    const error = await enqueueNotices(store, [addressed(invitation), bad], NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).field).toBe('notices.1');
    expect(await listPendingNotices(store)).toHaveLength(0);
  });
});
