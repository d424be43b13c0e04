import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import {
  completeJob,
  enqueueArchive,
  getDoneJob,
  getPendingJob,
  listPendingJobs,
} from '../../../src/app/archive-outbox';

const OLD = 'a'.repeat(64);
const NEW = 'b'.repeat(64);
const request = (contentHash: string) => ({
  conversationId: 'c1',
  contentHash,
  requestedAt: '2026-11-23T09:00:00.000Z',
});

describe('enqueueArchive', () => {
  it('stores one job per conversation and hash, however often the approval is repeated', async () => {
    const store = createMemoryStore();
    await enqueueArchive(store, request(OLD));
    await enqueueArchive(store, request(OLD));
    const jobs = await listPendingJobs(store);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.value).toMatchObject({ status: 'pending', attempts: 0, contentHash: OLD, lease: null });
  });

  it('replaces a waiting job when newer content was signed', async () => {
    const store = createMemoryStore();
    await enqueueArchive(store, request(OLD));
    await enqueueArchive(store, request(NEW));
    expect((await getPendingJob(store, 'c1'))?.value.contentHash).toBe(NEW);
    expect(await listPendingJobs(store)).toHaveLength(1);
  });

  it('leaves a done job done for the same hash, and files newer content again', async () => {
    const store = createMemoryStore();
    await enqueueArchive(store, request(OLD));
    const pending = (await getPendingJob(store, 'c1'))!;
    await completeJob(
      store,
      { ...pending.value, status: 'done', doneAt: '2026-11-23T09:01:00.000Z' },
      pending.etag,
    );
    await enqueueArchive(store, request(OLD));
    expect(await listPendingJobs(store)).toHaveLength(0);
    expect((await getDoneJob(store, 'c1'))?.value.status).toBe('done');
    await enqueueArchive(store, request(NEW));
    expect((await getPendingJob(store, 'c1'))?.value.contentHash).toBe(NEW);
  });
});
