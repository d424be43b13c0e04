// The mail copy queue (src/app/mail-copy-removals.ts): a sent mail's copy is removed from the sender's mailbox
// once, five minutes after the send was recorded, by one instance of any number, and a removal that fails
// comes back later until it succeeds. It never sends: it only ever calls discardSentCopy.
import { Client, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { createGraphMailer } from '../../../src/adapters/graph/mailer';
import {
  listCopyRemovals,
  processCopyRemovals,
  scheduleCopyRemoval,
  type CopyRemovalDeps,
} from '../../../src/app/mail-copy-removals';
import { COPY_SETTLE_MS } from '../../../src/core/copy-removal';
import type { Mailer } from '../../../src/ports/mailer';

const SENT = new Date('2026-11-23T09:00:00.000Z');
const KEY = 'archive:c1:aaaa:copy';

/** a queue over the memory store, a mailer that records what it removes, and a clock the test moves */
function world(discard?: Mailer['discardSentCopy']) {
  let now = SENT.getTime();
  const removed: string[] = [];
  const sent: string[] = [];
  const mailer: Mailer = {
    sendMail: async (mail) => void sent.push(mail.key),
    discardSentCopy: discard ?? (async (from, key) => void removed.push(`${from}/${key}`)),
  };
  const deps: CopyRemovalDeps = {
    store: createMemoryStore(),
    clock: { now: () => new Date(now) },
    mailer,
    random: () => 0.5,
  };
  return {
    deps,
    removed,
    sent,
    advance: (ms: number) => (now += ms),
    schedule: (key = KEY, senderId = 'leader-1') =>
      scheduleCopyRemoval(deps.store, { senderId, key, sentAt: new Date(now) }),
    run: (owner = 'a') => processCopyRemovals(deps, { owner }),
  };
}

describe('removing a sent copy', () => {
  it('waits five minutes after the send, then removes the copy once and forgets the removal', async () => {
    const w = world();
    await w.schedule();
    expect(await w.run()).toMatchObject({ removed: 0, retried: 0 });
    w.advance(COPY_SETTLE_MS - 1);
    expect(await w.run()).toMatchObject({ removed: 0 });
    expect(w.removed).toEqual([]);
    w.advance(1);
    expect(await w.run()).toEqual({ removed: 1, retried: 0, skipped: 0, failures: [] });
    expect(w.removed).toEqual([`leader-1/${KEY}`]);
    expect(await listCopyRemovals(w.deps.store)).toEqual([]);
    w.advance(COPY_SETTLE_MS);
    expect(await w.run()).toMatchObject({ removed: 0 });
    expect(w.removed).toHaveLength(1);
    expect(w.sent).toEqual([]);
  });

  it('scheduling again keeps the first time (a caller that died between its record and the schedule)', async () => {
    const w = world();
    await w.schedule();
    w.advance(4 * 60_000);
    await w.schedule();
    const [row] = await listCopyRemovals(w.deps.store);
    expect(row?.value).toMatchObject({ sentAt: SENT.toISOString(), notBefore: '2026-11-23T09:05:00.000Z' });
    w.advance(60_000);
    expect(await w.run()).toMatchObject({ removed: 1 });
  });

  it('two workers at once: one takes the removal, the copy is removed once', async () => {
    const w = world();
    await w.schedule();
    await w.schedule('notice:invitation:c2:anne');
    w.advance(COPY_SETTLE_MS);
    const [a, b] = await Promise.all([w.run('a'), w.run('b')]);
    expect(a.removed + b.removed).toBe(2);
    expect(a.skipped + b.skipped).toBe(2);
    expect(w.removed.sort()).toEqual([`leader-1/${KEY}`, 'leader-1/notice:invitation:c2:anne'].sort());
  });

  it('a worker that dies holding the removal: another removes it once the lease has run out', async () => {
    const w = world();
    await w.schedule();
    w.advance(COPY_SETTLE_MS);
    const dying = {
      ...w.deps,
      mailer: { ...w.deps.mailer, discardSentCopy: () => new Promise<void>(() => {}) },
    };
    void processCopyRemovals(dying, { owner: 'dead' });
    await new Promise((done) => setTimeout(done, 10));
    expect((await listCopyRemovals(w.deps.store))[0]?.value.lease?.owner).toBe('dead');
    expect(await w.run('b')).toMatchObject({ removed: 0 });
    w.advance(120_000);
    expect(await w.run('b')).toMatchObject({ removed: 1 });
    expect(w.removed).toEqual([`leader-1/${KEY}`]);
  });

  it('a failed removal backs off, says why (first line only), and is tried again until it succeeds', async () => {
    let failures = 2;
    const removed: string[] = [];
    const w = world(async (from, key) => {
      if (failures-- > 0) throw new Error('Graph 503 ServiceNotAvailable\n    at permanentDelete');
      removed.push(`${from}/${key}`);
    });
    await w.schedule();
    w.advance(COPY_SETTLE_MS);
    const first = await w.run();
    expect(first).toMatchObject({ removed: 0, retried: 1 });
    expect(first.failures).toEqual([
      {
        senderId: 'leader-1',
        key: KEY,
        attempts: 1,
        notBefore: '2026-11-23T09:05:30.000Z', // up to 1 min, half of it at this random
        error: 'Graph 503 ServiceNotAvailable',
      },
    ]);
    expect((await listCopyRemovals(w.deps.store))[0]?.value).toMatchObject({
      attempts: 1,
      lease: null,
      lastError: 'Graph 503 ServiceNotAvailable',
    });
    w.advance(29_999);
    expect(await w.run()).toMatchObject({ retried: 0, removed: 0 });
    w.advance(1);
    expect(await w.run()).toMatchObject({ retried: 1, failures: [expect.objectContaining({ attempts: 2 })] });
    w.advance(60_000);
    expect(await w.run()).toMatchObject({ removed: 1, retried: 0 });
    expect(removed).toEqual([`leader-1/${KEY}`]);
    expect(await listCopyRemovals(w.deps.store)).toEqual([]);
    expect(w.sent).toEqual([]);
  });
});

describe('a copy that is not there (the Graph mailer)', () => {
  /** a Graph that answers the look-up with `found` and each permanentDelete with `deleteStatus` */
  function graphMailer(found: string[], deleteStatus: number) {
    const calls: string[] = [];
    const graph: Middleware = {
      async execute(context: Context) {
        const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
        const method = context.options?.method ?? 'GET';
        calls.push(`${method} ${url.pathname}`);
        context.response =
          method === 'GET'
            ? Response.json({ value: found.map((id) => ({ id, isDraft: false })) })
            : deleteStatus === 204
              ? new Response(null, { status: 204 })
              : Response.json({ error: { code: 'ErrorItemNotFound', message: 'gone' } }, { status: 404 });
      },
    };
    const client = Client.initWithMiddleware({ middleware: graph, baseUrl: 'https://graph.test/' });
    return { mailer: createGraphMailer({ client }), calls };
  }

  it('none under the key, or gone before the delete: counted as removed, not retried', async () => {
    for (const { found, status } of [
      { found: [], status: 204 },
      { found: ['s1'], status: 404 },
    ]) {
      const graph = graphMailer(found, status);
      const w = world();
      w.deps.mailer = graph.mailer;
      await w.schedule();
      w.advance(COPY_SETTLE_MS);
      expect(await w.run()).toEqual({ removed: 1, retried: 0, skipped: 0, failures: [] });
      expect(await listCopyRemovals(w.deps.store)).toEqual([]);
      expect(graph.calls[0]).toBe('GET /v1.0/users/leader-1/messages');
    }
  });
});
