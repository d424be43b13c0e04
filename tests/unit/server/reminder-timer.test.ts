// The server's reminder timer: it sweeps once at start (a restart does not wait a quarter of an hour),
// logs what it stored, and two instances side by side store each reminder once.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { listPendingNotices } from '../../../src/app/notice-outbox';
import type { SweepDeps } from '../../../src/app/sweep-reminders';
import { osloToUtc } from '../../../src/core/calendar/oslo';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import type { Directory } from '../../../src/ports/directory';
import { startReminderTimer } from '../../../src/server/reminder-timer';
import { seedConversation } from '../../fixtures/reminder-seed';

const nobody: Directory = {
  getPerson: async () => null,
  getManager: async () => null,
  listDirectReports: async () => [],
  listPeople: async () => [],
};

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

describe('reminder timer', () => {
  it('sweeps at start in each instance; the lease and the keys leave one stored reminder per person', async () => {
    const store = createMemoryStore();
    await seedConversation(store, {
      id: 'c-1',
      employeeId: '11111111-1111-4111-8111-111111111111',
      conductorId: '22222222-2222-4222-8222-222222222222',
      start: osloToUtc('2026-11-26', '10:00'),
    });
    const deps: SweepDeps = {
      store,
      clock: { now: () => new Date(osloToUtc('2026-11-24', '09:00')) },
      directory: nobody,
      policyFor: async () => DEFAULT_POLICY,
    };
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const a = startReminderTimer({ deps, log });
    const b = startReminderTimer({ deps, log });
    try {
      const line = await nextLine(lines, /reminder sweep: 2 due \(2 new/);
      expect(line).toMatch(/preparation-missing 2/);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(a.owner).not.toBe(b.owner);
    expect(lines.filter((l) => /failed/.test(l))).toEqual([]);
    expect(await listPendingNotices(store)).toHaveLength(2);
  });
});
