// Issue 7, done when: SharePoint answering 503/429/timeouts during archiving, and a server restart
// mid-job, end with exactly one file and a "done" job. Also: two instances at once file and mail once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDoneJob, getPendingJob } from '../../../src/app/archive-outbox';
import type { ArchiveStatus } from '../../../src/app/get-archive-status';
import type { Mailer } from '../../../src/ports/mailer';
import { minutesLater, NOW, signedReferat, startArchiveWorld, type ArchiveWorld } from './fixture';

let world: ArchiveWorld;
beforeAll(async () => {
  world = await startArchiveWorld();
}, 60_000);
afterAll(() => world?.stack.stop());

// The Graph client's own RetryHandler tries a request four times (three retries) before it gives up;
// the outbox's retry comes after that, minutes later.
const UPLOAD = { method: 'PUT', path: /:\/content/ };
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

  it('a server restart mid-job: the dead instance’s lease runs out, another finishes without uploading again', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    const uploads = () => world.graph.exchanges.filter((e) => e.method === 'PUT' && /:\/content/.test(e.url));
    const uploadsBefore = uploads().length;

    // Instance A files the PDF and then dies while sending the mail: its lease is never released.
    let reachedMail: () => void = () => {};
    const atMail = new Promise<void>((resolve) => (reachedMail = resolve));
    const dying: Mailer = {
      sendMail: () => {
        reachedMail();
        return new Promise<void>(() => {}); // the process is gone: no answer, no record, ever
      },
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
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect((await getDoneJob(world.stack.store, id))?.value.status).toBe('done');
  });

  it('two instances at once: one takes the job, one file and one mail', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    const results = await Promise.all([world.run('instance-a', NOW), world.run('instance-b', NOW)]);
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(1);
    expect(await world.filesOf(employee)).toHaveLength(1);
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect((await status(id)).body.status).toBe('archived');
  });

  it('kept to the Graph contract through the faults', () => {
    world.graph.assertAllValid();
  });
});
