// getSchedule's limits as worked examples: which calls a request becomes, and how the answers merge.
import { describe, expect, it } from 'vitest';
import { retryDelayMs, DEFAULT_RETRY } from '../../../../src/adapters/graph/graph-retry';
import { createMailboxGate } from '../../../../src/adapters/graph/mailbox-gate';
import { chunkMailboxes, mergeSchedules, splitWindow } from '../../../../src/adapters/graph/schedule-split';
import type { MailboxSchedule } from '../../../../src/ports/calendar';

describe('chunkMailboxes', () => {
  it('puts 61 mailboxes (a unit and its leader) into calls of 20, 20, 20 and 1, each mailbox once', () => {
    const mails = Array.from({ length: 61 }, (_, i) => `p${i}@k.no`);
    expect(chunkMailboxes([...mails, 'P0@K.NO']).map((c) => c.length)).toEqual([20, 20, 20, 1]);
  });
});

describe('splitWindow', () => {
  it('cuts 70 days into 61 + 9 and leaves a short window whole', () => {
    expect(splitWindow('2026-11-23T00:00:00Z', '2027-02-01T00:00:00Z')).toEqual([
      ['2026-11-23T00:00:00Z', '2027-01-23T00:00:00Z'],
      ['2027-01-23T00:00:00Z', '2027-02-01T00:00:00Z'],
    ]);
    expect(splitWindow('2026-12-01T07:00:00Z', '2026-12-01T15:00:00Z')).toHaveLength(1);
  });
});

describe('mergeSchedules', () => {
  const hours = {
    daysOfWeek: ['monday'],
    startTime: '08:00:00',
    endTime: '15:30:00',
    timeZone: 'W. Europe Standard Time',
  };
  const piece = (
    mailbox: string,
    items: [string, string][],
    error: string | null = null,
  ): MailboxSchedule => ({
    mailbox,
    items: items.map(([start, end]) => ({ start, end, showAs: 'busy' })),
    workingHours: error ? null : hours,
    error,
  });

  it('joins a mailbox across windows, keeps a meeting that spans the cut once, and answers in the order asked', () => {
    const span: [string, string] = ['2027-01-22T23:30:00Z', '2027-01-23T00:30:00Z'];
    const merged = mergeSchedules(
      ['b@k.no', 'A@k.no'],
      [
        piece('a@k.no', [['2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z'], span]),
        piece('b@k.no', []),
        piece('a@k.no', [span]),
      ],
    );
    expect(merged.map((s) => s.mailbox)).toEqual(['b@k.no', 'A@k.no']);
    expect(merged[1]?.items.map((i) => i.start)).toEqual(['2026-12-01T08:00:00Z', span[0]]);
  });

  it('marks a mailbox that failed in any window, and one Graph never answered for', () => {
    const merged = mergeSchedules(
      ['a@k.no', 'c@k.no'],
      [
        piece('a@k.no', [['2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z']]),
        piece('a@k.no', [], 'ErrorMailRecipientNotFound'),
      ],
    );
    expect(merged[0]).toMatchObject({ items: [], error: 'ErrorMailRecipientNotFound' });
    expect(merged[1]).toMatchObject({ items: [], error: 'NoAnswer' });
  });
});

describe('retryDelayMs', () => {
  it("waits Graph's Retry-After, doubles its own pause without one, and never past the cap", () => {
    expect(retryDelayMs(DEFAULT_RETRY, 1, '2')).toBe(2000);
    expect([1, 2, 3].map((a) => retryDelayMs(DEFAULT_RETRY, a, null))).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs({ ...DEFAULT_RETRY, maxDelayMs: 50 }, 1, '30')).toBe(50);
  });
});

describe('createMailboxGate', () => {
  it('lets four requests into a mailbox and the fifth only when one leaves; other mailboxes pass', async () => {
    const gate = createMailboxGate();
    const releases = await Promise.all([1, 2, 3, 4].map(() => gate.acquire(new Map([['a@k.no', 1]]))));
    let fifthIn = false;
    const fifth = gate.acquire(new Map([['A@k.no', 1]])).then((release) => {
      fifthIn = true;
      return release;
    });
    let otherIn = false;
    void gate.acquire(new Map([['b@k.no', 1]])).then(() => (otherIn = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(otherIn).toBe(true); // the fifth request for a@ does not hold up b@
    expect(fifthIn).toBe(false);
    releases[0]?.();
    (await fifth)();
    expect(fifthIn).toBe(true);
    expect(gate.maxHeld()).toBe(4);
  });

  it('counts a batch of 20 for one mailbox as four (Graph runs four of its requests at a time)', async () => {
    const gate = createMailboxGate();
    const release = await gate.acquire(new Map([['a@k.no', 20]]));
    expect(gate.maxHeld()).toBe(4);
    release();
    release(); // a second release changes nothing
    await gate.acquire(new Map([['a@k.no', 4]]));
    expect(gate.maxHeld()).toBe(4);
  });
});
