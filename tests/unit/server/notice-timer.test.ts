// The notice timer runs the mail copy queue beside delivery (src/server/notice-timer.ts says why there): at
// start, a due removal is carried out, and one that fails is logged with its mailbox and reason, since a
// removal is never given up and the operator must see it.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import type { DeliveryDeps } from '../../../src/app/deliver-notices';
import { listCopyRemovals, scheduleCopyRemoval } from '../../../src/app/mail-copy-removals';
import { COPY_SETTLE_MS } from '../../../src/core/copy-removal';
import type { Mailer } from '../../../src/ports/mailer';
import { startNoticeTimer } from '../../../src/server/notice-timer';

const SENT = new Date('2026-11-23T09:00:00.000Z');

function nextLine(lines: string[], match: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const check = () => {
      const line = lines.find((l) => match.test(l));
      if (line) resolve(line);
      else setImmediate(check);
    };
    check();
  });
}

async function timerWith(discard: Mailer['discardSentCopy']) {
  const store = createMemoryStore();
  await scheduleCopyRemoval(store, { senderId: 'leader-1', key: 'archive:c1:aaaa:copy', sentAt: SENT });
  const deps: DeliveryDeps = {
    store,
    clock: { now: () => new Date(SENT.getTime() + COPY_SETTLE_MS) },
    directory: {
      getPerson: async () => null,
      getManager: async () => null,
      listDirectReports: async () => [],
      listPeople: async () => [],
    },
    messenger: {
      send: async () => ({ activityId: 'a' }),
      update: async () => {},
    },
    renderer: { chat: async () => null, mail: async () => null },
    mailer: { sendMail: async () => {}, discardSentCopy: discard },
    teamsApps: null,
    serviceUrl: 'https://smba.example/teams/',
    tenantId: 'tenant-1',
    random: () => 0.5,
  };
  const lines: string[] = [];
  const timer = startNoticeTimer({ deps, log: (line) => lines.push(line), intervalMs: 60_000 });
  return { store, lines, timer };
}

describe('notice timer and the mail copy queue', () => {
  it('removes a due copy at start', async () => {
    const removed: string[] = [];
    const { store, lines, timer } = await timerWith(async (from, key) => void removed.push(`${from}/${key}`));
    try {
      await nextLine(lines, /mail copies: 1 removed/);
    } finally {
      await timer.stop();
    }
    expect(removed).toEqual(['leader-1/archive:c1:aaaa:copy']);
    expect(await listCopyRemovals(store)).toEqual([]);
  });

  it('logs a removal that failed, naming the mailbox, the try and why', async () => {
    const { store, lines, timer } = await timerWith(async () => {
      throw new Error('Graph 403 ErrorAccessDenied\n    at permanentDelete');
    });
    try {
      const line = await nextLine(lines, /mail copy not removed/);
      expect(line).toBe(
        'mail copy not removed from mailbox leader-1 (archive:c1:aaaa:copy), try 1, ' +
          'next at 2026-11-23T09:05:30.000Z: Graph 403 ErrorAccessDenied',
      );
    } finally {
      await timer.stop();
    }
    expect((await listCopyRemovals(store))[0]?.value.attempts).toBe(1);
  });
});
