// HR opens the settings to fix a stored policy that no longer makes a valid policy (saved under older rules):
// the page must open, with the defaults in force and the problem named, not fail with a 500.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { getPolicySettings } from '../../../src/app/get-policy-settings';
import { SETTINGS_TABLE } from '../../../src/app/policy-repo';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';

const hr = { appRoles: ['Samtale.HR'], hrAppRole: 'Samtale.HR' };
const record = (file: unknown) => ({
  version: 2,
  savedBy: 'hr-1',
  savedByName: 'Trond Hovland',
  savedAt: '2026-11-02T10:00:00.000Z',
  file,
});

describe('getPolicySettings', () => {
  it('gives the saved file resolved, with no problem', async () => {
    const store = createMemoryStore();
    await store.insert(SETTINGS_TABLE, 'policy', 'current', record({ maxConversationsPerLeaderPerDay: 5 }));
    const settings = await getPolicySettings({ store }, hr);
    expect(settings.municipality.maxConversationsPerLeaderPerDay).toBe(5);
    expect(settings.problem).toBeNull();
  });

  it('opens on a stored file that is no valid policy: the defaults, the version, and what is wrong', async () => {
    const store = createMemoryStore();
    const file = { invitation: { minDaysAhead: 20, maxDaysAhead: 10 } };
    await store.insert(SETTINGS_TABLE, 'policy', 'current', record(file));
    const settings = await getPolicySettings({ store }, hr);
    expect(settings.municipality).toEqual(DEFAULT_POLICY);
    expect(settings.version).toBe(2);
    expect(settings.file).toEqual(file);
    expect(settings.problem).toMatch(/invitation\.minDaysAhead/);
  });
});
