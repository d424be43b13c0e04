// The policy the server schedules by: HR's saved file, or the defaults. A stored file that no longer makes a
// valid policy (saved under older rules: at least more days ahead than at most) must not stop every booking,
// reminder and report with a 500: the defaults apply, and the operator is told.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { SETTINGS_TABLE } from '../../../src/app/policy-repo';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import { createPolicySource } from '../../../src/server/policy-source';

const record = (file: unknown) => ({
  version: 3,
  savedBy: 'hr-1',
  savedByName: 'Trond Hovland',
  savedAt: '2026-11-02T10:00:00.000Z',
  file,
});

describe('createPolicySource', () => {
  it('applies the saved file', async () => {
    const store = createMemoryStore();
    await store.insert(SETTINGS_TABLE, 'policy', 'current', record({ maxConversationsPerLeaderPerDay: 5 }));
    const policy = await createPolicySource(store)(null);
    expect(policy.maxConversationsPerLeaderPerDay).toBe(5);
  });

  it('falls back to the defaults, and says so, when the saved file no longer makes a valid policy', async () => {
    const store = createMemoryStore();
    // more days at least than at most: each value passes on its own, together they are no policy
    const file = { invitation: { minDaysAhead: 20, maxDaysAhead: 10 } };
    await store.insert(SETTINGS_TABLE, 'policy', 'current', record(file));
    const lines: string[] = [];
    const policy = await createPolicySource(store, (line) => lines.push(line))(null);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/policy version 3 .*defaults/);
  });
});
