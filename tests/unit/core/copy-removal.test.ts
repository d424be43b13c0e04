// The rules of the mail copy queue (src/core/copy-removal.ts): a copy is looked for only once Exchange has
// had five minutes to move it to Sent Items, never while another instance holds it, and a failed removal
// comes back later and later, never given up.
import { describe, expect, it } from 'vitest';
import {
  afterFailedRemoval,
  COPY_SETTLE_MS,
  isRemovalDue,
  newCopyRemoval,
  ZCopyRemoval,
} from '../../../src/core/copy-removal';

const SENT = new Date('2026-11-23T09:00:00.000Z');
const at = (ms: number) => new Date(SENT.getTime() + ms);
const removal = newCopyRemoval({ senderId: 'leader-1', key: 'notice:invitation:c1:anne', sentAt: SENT });

describe('a scheduled removal', () => {
  it('is due five minutes after the send, not a millisecond before', () => {
    expect(COPY_SETTLE_MS).toBe(300_000);
    expect(removal).toMatchObject({
      sentAt: '2026-11-23T09:00:00.000Z',
      notBefore: '2026-11-23T09:05:00.000Z',
      attempts: 0,
      lease: null,
      lastError: null,
    });
    expect(isRemovalDue(removal, at(0))).toBe(false);
    expect(isRemovalDue(removal, at(COPY_SETTLE_MS - 1))).toBe(false);
    expect(isRemovalDue(removal, at(COPY_SETTLE_MS))).toBe(true);
  });

  it('is not due while another instance holds a live lease, and is again once the holder died', () => {
    const held = { ...removal, lease: { owner: 'b', until: '2026-11-23T09:07:00.000Z' } };
    expect(isRemovalDue(held, at(6 * 60_000))).toBe(false);
    expect(isRemovalDue(held, at(7 * 60_000))).toBe(true);
  });

  it('holds ids and a key only', () => {
    expect(Object.keys(ZCopyRemoval.parse(removal)).sort()).toEqual(
      ['attempts', 'key', 'lastError', 'lease', 'notBefore', 'senderId', 'sentAt'].sort(),
    );
  });
});

describe('after a failed removal', () => {
  const now = at(COPY_SETTLE_MS);
  const fail = (r: typeof removal, random = 0.5) =>
    afterFailedRemoval(r, { now, random, detail: 'Graph 503 ServiceNotAvailable\n    at permanentDelete' });

  it('waits up to 1 min, 2 min, 4 min … (here half of it), gives the lease back and keeps the first line', () => {
    const leased = { ...removal, lease: { owner: 'a', until: at(COPY_SETTLE_MS + 120_000).toISOString() } };
    const once = fail(leased);
    expect(once).toMatchObject({ attempts: 1, lease: null, lastError: 'Graph 503 ServiceNotAvailable' });
    expect(Date.parse(once.notBefore) - now.getTime()).toBe(30_000);
    expect(Date.parse(fail(once).notBefore) - now.getTime()).toBe(60_000);
    expect(Date.parse(fail(fail(once)).notBefore) - now.getTime()).toBe(120_000);
    expect(isRemovalDue(once, now)).toBe(false);
  });

  it('never waits more than an hour, and never gives up', () => {
    let r = removal;
    for (let i = 0; i < 40; i++) r = fail(r, 0.999);
    expect(r.attempts).toBe(40);
    expect(Date.parse(r.notBefore) - now.getTime()).toBeLessThanOrEqual(3_600_000);
    expect(Date.parse(r.notBefore) - now.getTime()).toBeGreaterThan(3_500_000);
    expect(isRemovalDue(r, at(COPY_SETTLE_MS + 3_600_000))).toBe(true);
  });
});
