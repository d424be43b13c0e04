// Issue 7: the second approval's archive job files the signed referat as one PDF in the employee's
// personnel folder, mails the employee a copy from the leader's mailbox, and shows the leader the link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveStatus } from '../../../src/app/get-archive-status';
import { getPendingJob } from '../../../src/app/archive-outbox';
import { edit } from '../../../src/core/referat/edit';
import type { Referat } from '../../../src/core/referat/referat';
import { minutesLater, NOW, signedReferat, startArchiveWorld, type ArchiveWorld } from './fixture';

let world: ArchiveWorld;
beforeAll(async () => {
  world = await startArchiveWorld();
}, 60_000);
afterAll(() => world?.stack.stop());

describe('archiving a signed referat', () => {
  it('files one PDF, mails the employee the copy, and shows the leader and employee the link', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);

    const before = await world.call<ArchiveStatus>(world.leader.id, `/conversations/${id}/archive`);
    expect(before.body).toMatchObject({ status: 'waiting', reason: 'queued', attempts: 0 });

    expect(await world.run('instance-a', NOW)).toEqual({ done: 1, retried: 0 });

    const files = await world.filesOf(employee);
    expect(files).toEqual(['2026-11-20 Medarbeidersamtale.pdf']);

    const mails = world.mailsTo(employee);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.from).toBe(world.leader.id);
    // sent from the leader's mailbox, where Exchange keeps it in Sent Items until the mail copy queue
    // removes it (below)
    expect(world.copiesLeftFor(employee)).toEqual([expect.objectContaining({ folder: 'sentitems' })]);
    const subjects = {
      nb: 'Referat fra medarbeidersamtalen',
      nn: 'Referat frå medarbeidarsamtalen',
      en: 'Referat from your annual employee conversation',
    };
    expect(mail.subject).toBe(subjects[employee.preferredLanguage]);
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments[0]!;
    expect(pdf).toMatchObject({ name: '2026-11-20 Medarbeidersamtale.pdf', contentType: 'application/pdf' });
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const folder = `${employee.employeeNumber} ${employee.displayName}/Medarbeidersamtale/2026`;
    const status = await world.call<ArchiveStatus>(world.leader.id, `/conversations/${id}/archive`);
    expect(status).toMatchObject({ status: 200, body: { status: 'archived', copySent: true } });
    if (status.body.status !== 'archived') throw new Error('not archived');
    expect(status.body.fileName).toBe(files[0]);
    expect(status.body.webUrl).toContain(encodeURI(folder));

    // the employee may see it too
    const own = await world.call<ArchiveStatus>(employee.id, `/conversations/${id}/archive`);
    expect(own.body.status).toBe('archived');

    // five minutes after the send, when Exchange has long moved it to Sent Items, the copy is removed for
    // good (confidential; the file is the record), and nothing is sent again
    expect(await world.removeCopies('instance-a', minutesLater(4.9))).toMatchObject({ removed: 0 });
    expect(world.copiesLeftFor(employee)).toHaveLength(1);
    expect(await world.removeCopies('instance-a', minutesLater(5))).toMatchObject({ removed: 1, retried: 0 });
    expect(world.copiesLeftFor(employee)).toEqual([]);
    expect(world.mailsTo(employee)).toHaveLength(1);
    expect(
      (await world.call<ArchiveStatus>(world.leader.id, `/conversations/${id}/archive`)).body,
    ).toMatchObject({ status: 'archived', copySent: true });
  });

  it('files nothing twice: a later pass and a repeated enqueue leave one file and one mail', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    await world.run('instance-a', NOW);
    // the lead's approve is idempotent and may enqueue again (a card pressed twice)
    expect(await signedReferat(world, employee)).toBe(id);
    expect(await world.run('instance-a', minutesLater(90))).toEqual({ done: 0, retried: 0 });
    expect(await world.filesOf(employee)).toHaveLength(1);
    expect(world.mailsTo(employee)).toHaveLength(1);
  });

  it('drops the job when the referat was edited after signing (the approvals are void): nothing filed', async () => {
    const employee = world.nextEmployee();
    const id = await signedReferat(world, employee);
    const stored = await world.stack.store.get<Referat>('referats', id, 'referat');
    const changed = edit(stored!.value, { type: 'no-special-actions', value: false });
    await world.stack.store.put(
      'referats',
      id,
      'referat',
      edit(changed, { type: 'held-on', date: '2026-11-19' }),
    );
    expect(await world.run('instance-a', NOW)).toEqual({ done: 0, retried: 0 });
    expect(await getPendingJob(world.stack.store, id)).toBeNull();
    const status = await world.call<ArchiveStatus>(world.leader.id, `/conversations/${id}/archive`);
    expect(status.body).toEqual({ status: 'not-requested' });
    expect(world.mailsTo(employee)).toHaveLength(0);
  });

  it('tells anyone but the two parties no', async () => {
    const employee = world.nextEmployee();
    const stranger = world.nextEmployee();
    const id = await signedReferat(world, employee);
    const res = await world.call<{ error: { code: string } }>(stranger.id, `/conversations/${id}/archive`);
    expect(res).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  });

  it('sent Graph only what Graph accepts (the copy as a keyed draft with a fileAttachment, the drive calls)', () => {
    world.graph.assertAllValid();
    expect(world.graph.checkedRequests()).toEqual(
      expect.arrayContaining([
        'GET /v1.0/users/{id}/messages -> Collection(microsoft.graph.message) (200)',
        'POST /v1.0/users/{id}/messages [body microsoft.graph.message] -> microsoft.graph.message (201)',
        'POST /v1.0/users/{id}/messages/{id}/send -> no body (202)',
        'POST /v1.0/users/{id}/messages/{id}/permanentDelete -> no body (204)',
      ]),
    );
  });
});
