// Issue 7, done when: SharePoint answering 503/429/timeouts during archiving, and a server restart
// mid-job, end with exactly one file and a "done" job. Also: two instances at once file and mail once.
// Issue 9: the employee's copy whose answer is lost, or whose sender dies right after it went, is sent once
// (the mail is keyed by the job), and no copy stays in the leader's mailbox, also when removing it fails: the
// job schedules the removal in the mail copy queue once the copy is recorded sent, and is done; the queue
// removes it five minutes later. The referat reads as archived from the moment it is filed and the copy sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDoneJob, getPendingJob } from '../../../src/app/archive-outbox';
import type { ArchiveStatus } from '../../../src/app/get-archive-status';
import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphMailer } from '../../../src/adapters/graph/mailer';
import { emulatorToken } from '../../../src/demo/graph-emulator';
import type { Mailer } from '../../../src/ports/mailer';
import type { Store } from '../../../src/ports/store';
import { minutesLater, NOW, signedReferat, startArchiveWorld, type ArchiveWorld } from './fixture';

let world: ArchiveWorld;
beforeAll(async () => {
  world = await startArchiveWorld();
}, 60_000);
afterAll(() => world?.stack.stop());

// The Graph client's own RetryHandler tries a request four times (three retries) before it gives up;
// the outbox's retry comes after that, minutes later.
const UPLOAD = { method: 'PUT', path: /:\/content/ };
// The mailer's Graph client gives up on an answer after 1.5 s, so one held back 4 s is a lost answer whose
// request did land (as in tests/integration/faults-graph.test.ts); the stack's own waits 30 s.
const HELD_BACK_MS = 4000;
function impatientMailer(): Mailer {
  const token = emulatorToken({ idtyp: 'app' });
  const getToken = async () => token;
  return createGraphMailer({
    client: createGraphClient({ baseUrl: world.stack.graphUrl, getToken, timeoutMs: 1500 }),
  });
}
const status = (id: string) => world.call<ArchiveStatus>(world.leader.id, `/conversations/${id}/archive`);

describe('archiving while SharePoint fails', () => {
  it('503, then 429, then a hanging upload: waits with the reason each time, then ends with one file', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);

    world.stack.graph.faults.inject({ ...UPLOAD, status: 503, retryAfterSeconds: 0, times: 4 });
    expect(await world.run('instance-a', NOW)).toEqual({ done: 0, retried: 1 });
    const first = await status(id);
    expect(first.body).toMatchObject({ status: 'waiting', reason: 'archive-unavailable', attempts: 1 });
    if (first.body.status !== 'waiting') throw new Error('expected waiting');
    expect(first.body.message).toMatch(/SharePoint/);
    expect(first.body.nextAttemptAt).toBe(minutesLater(0.5).toISOString()); // 30 s, no jitter at random 0
    // not before its time
    expect(await world.run('instance-a', minutesLater(0.4))).toEqual({ done: 0, retried: 0 });

    world.stack.graph.faults.inject({ ...UPLOAD, status: 429, retryAfterSeconds: 0, times: 4 });
    expect(await world.run('instance-a', minutesLater(1))).toEqual({ done: 0, retried: 1 });
    expect((await status(id)).body).toMatchObject({ reason: 'archive-throttled', attempts: 2 });

    // The upload arrives and is stored, but the answer never comes in time (a lost response).
    world.stack.graph.faults.inject({ ...UPLOAD, delayMs: 60_000 });
    expect(await world.run('instance-a', minutesLater(5), { attemptTimeoutMs: 300 })).toEqual({
      done: 0,
      retried: 1,
    });
    expect((await status(id)).body).toMatchObject({ reason: 'archive-timeout', attempts: 3 });
    world.stack.graph.faults.clear(); // SharePoint recovers; the held answer is let go

    // the timed-out try keeps its lease (it may still be talking to SharePoint) until the lease runs out
    expect(await world.run('instance-b', minutesLater(8))).toEqual({ done: 0, retried: 0 });
    expect(await world.run('instance-b', minutesLater(11))).toEqual({ done: 1, retried: 0 });

    expect(await world.filesOf(employee)).toEqual(['2026-11-20 Medarbeidersamtale.pdf']);
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect((await getDoneJob(world.stack.store, id))?.value).toMatchObject({ status: 'done', attempts: 3 });
    expect(await getPendingJob(world.stack.store, id)).toBeNull();
    expect((await status(id)).body).toMatchObject({ status: 'archived' });
  });

  it('a server restart mid-job: the dead instance’s lease runs out, another finishes without uploading or mailing again', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    const uploads = () => world.graph.exchanges.filter((e) => e.method === 'PUT' && /:\/content/.test(e.url));
    const uploadsBefore = uploads().length;

    // Instance A files the PDF, sends the mail, and dies right after: its lease is never released.
    let reachedMail: () => void = () => {};
    const atMail = new Promise<void>((resolve) => (reachedMail = resolve));
    const mailer = world.stack.archiveDeps.mailer;
    const dying: Mailer = {
      sendMail: async (mail) => {
        await mailer.sendMail(mail);
        reachedMail();
        return new Promise<void>(() => {}); // the process is gone: no answer, no record, ever
      },
      discardSentCopy: () => new Promise<void>(() => {}),
    };
    void world.run('instance-a', NOW, { mailer: dying, attemptTimeoutMs: 3_600_000 });
    await atMail;
    expect((await getPendingJob(world.stack.store, id))?.value).toMatchObject({
      lease: { owner: 'instance-a' },
      steps: { copySent: false },
    });

    // The restarted server (instance B) runs at once, but A's lease still holds.
    expect(await world.run('instance-b', minutesLater(1))).toEqual({ done: 0, retried: 0 });
    expect(await world.run('instance-b', minutesLater(6))).toEqual({ done: 1, retried: 0 });

    expect(await world.filesOf(employee)).toHaveLength(1);
    expect(uploads().length - uploadsBefore).toBe(1); // A recorded the filing; B did not upload again
    expect(world.mailsTo(employee)).toHaveLength(1); // A's mail: B found it under the job's key
    expect((await getDoneJob(world.stack.store, id))?.value.status).toBe('done');
    // B recorded the copy sent and scheduled its removal; five minutes on, the queue removes it
    expect(world.copiesLeftFor(employee)).toEqual([expect.objectContaining({ folder: 'sentitems' })]);
    await world.removeCopies('instance-b', minutesLater(11));
    expect(world.copiesLeftFor(employee)).toEqual([]);
    expect(world.mailsTo(employee)).toHaveLength(1);
  });

  it('dies between recording the copy sent and scheduling its removal: the next try schedules it, one mail', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    // Instance A's store: once the copy is recorded sent, the process is gone, and writes nothing more.
    const store = world.stack.store;
    let dead = false;
    const alive =
      <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        if (dead) throw new Error('process killed');
        return f(...args);
      };
    const dying: Store = {
      get: alive((t, p, r) => store.get(t, p, r)),
      list: alive((t, p, x) => store.list(t, p, x)),
      insert: alive((t, p, r, v) => store.insert(t, p, r, v)),
      delete: alive((t, p, r, e) => store.delete(t, p, r, e)),
      put: alive(async (t, p, r, v, e) => {
        const stored = await store.put(t, p, r, v, e);
        if (t === 'archiveOutbox' && (v as { steps?: { copySent?: boolean } }).steps?.copySent) dead = true;
        return stored;
      }),
    };
    await expect(world.run('instance-a', NOW, { store: dying })).rejects.toThrow('process killed');
    const pending = await getPendingJob(store, id);
    expect(pending?.value.steps).toMatchObject({ copySent: true });
    expect(world.mailsTo(employee)).toHaveLength(1);

    expect((await status(id)).body).toMatchObject({ status: 'waiting', reason: 'queued' });

    // A's lease (5 min) runs out; B takes the job, finds the copy sent and schedules only its removal
    expect(await world.run('instance-b', minutesLater(4.9))).toEqual({ done: 0, retried: 0 });
    expect(await world.run('instance-b', minutesLater(5))).toEqual({ done: 1, retried: 0 });
    expect((await status(id)).body).toMatchObject({ status: 'archived', copySent: true });
    expect(world.copiesLeftFor(employee)).toEqual([expect.objectContaining({ folder: 'sentitems' })]);
    expect(await world.removeCopies('instance-b', minutesLater(9.9))).toMatchObject({ retried: 0 });
    expect(world.copiesLeftFor(employee)).toHaveLength(1); // scheduled by B, at 5 min: due at 10
    await world.removeCopies('instance-b', minutesLater(10));
    expect(world.copiesLeftFor(employee)).toEqual([]);
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect(await world.filesOf(employee)).toHaveLength(1);
  });

  it('two instances at once: one takes the job, one file and one mail', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    const results = await Promise.all([world.run('instance-a', NOW), world.run('instance-b', NOW)]);
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(1);
    expect(await world.filesOf(employee)).toHaveLength(1);
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect((await status(id)).body.status).toBe('archived');
    // and the copy's removal, scheduled once, is done once by one of two instances
    const removals = await Promise.all([
      world.removeCopies('instance-a', minutesLater(5)),
      world.removeCopies('instance-b', minutesLater(5)),
    ]);
    expect(removals.reduce((sum, r) => sum + r.removed, 0)).toBe(1);
    expect(world.copiesLeftFor(employee)).toEqual([]);
  });

  it('the copy’s answer lost, on creating the draft and on sending it: one mail, no copy left with the leader', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    const faults = world.stack.graph.faults;
    // the draft is made, but its answer comes after the mailer gave up on it
    faults.inject({ method: 'POST', path: /\/messages$/, delayMs: HELD_BACK_MS });
    expect(await world.run('instance-a', NOW, { mailer: impatientMailer() })).toEqual({
      done: 0,
      retried: 1,
    });
    faults.clear(); // the held answer is let go
    expect((await status(id)).body).toMatchObject({ reason: 'mail-failed' });
    expect(world.mailsTo(employee)).toHaveLength(0);
    expect(world.copiesLeftFor(employee)).toEqual([expect.objectContaining({ folder: 'drafts' })]);

    // the next try finds that draft by the key and sends it; the send's answer is lost in turn
    faults.inject({ method: 'POST', path: /\/messages\/[^/]+\/send$/, delayMs: HELD_BACK_MS });
    expect(await world.run('instance-b', minutesLater(1), { mailer: impatientMailer() })).toEqual({
      done: 0,
      retried: 1,
    });
    faults.clear();
    expect(world.mailsTo(employee)).toHaveLength(1);

    // the last finds it sent, sends nothing, records it and is done: archived, the copy still in Sent Items
    expect(await world.run('instance-c', minutesLater(3))).toEqual({ done: 1, retried: 0 });
    expect((await status(id)).body).toMatchObject({ status: 'archived', copySent: true });
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect(world.copiesLeftFor(employee)).toEqual([expect.objectContaining({ folder: 'sentitems' })]);
    expect(await world.filesOf(employee)).toHaveLength(1);
    expect((await getDoneJob(world.stack.store, id))?.value.steps).toMatchObject({ copySent: true });
    // five minutes after the send was recorded, the queue removes it, and sends nothing
    await world.removeCopies('instance-c', minutesLater(8));
    expect(world.copiesLeftFor(employee)).toEqual([]);
    expect(world.mailsTo(employee)).toHaveLength(1);
  }, 30_000);

  it('removing the copy fails: the referat reads as archived meanwhile, the queue tries again later, and the copy is never sent twice', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    expect(await world.run('instance-a', NOW)).toEqual({ done: 1, retried: 0 });
    // filed and sent: archived at once, before the copy is removed (housekeeping in the leader's mailbox)
    expect((await status(id)).body).toMatchObject({ status: 'archived', copySent: true });
    expect(world.copiesLeftFor(employee)).toEqual([expect.objectContaining({ folder: 'sentitems' })]);

    const faults = world.stack.graph.faults;
    // every one of the Graph client's four tries answers 503
    faults.inject({
      method: 'POST',
      path: /\/permanentDelete$/,
      status: 503,
      retryAfterSeconds: 0,
      times: 4,
    });
    const failed = await world.removeCopies('instance-a', minutesLater(5));
    expect(failed).toMatchObject({ removed: 0, retried: 1 });
    expect(failed.failures).toEqual([expect.objectContaining({ senderId: world.leader.id, attempts: 1 })]);
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect(world.copiesLeftFor(employee)).toEqual([expect.objectContaining({ folder: 'sentitems' })]);
    expect((await status(id)).body).toMatchObject({ status: 'archived', copySent: true });

    expect(await world.removeCopies('instance-a', minutesLater(6))).toMatchObject({ removed: 1, retried: 0 });
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect(world.copiesLeftFor(employee)).toEqual([]);
    expect((await status(id)).body).toMatchObject({ status: 'archived', copySent: true });
  });

  it('kept to the Graph contract through the faults', () => {
    world.graph.assertAllValid();
  });
});
