// The sweep hashes referats with node's SHA-256 (app/reminder-state.ts contentHashOf) instead of the core's
// plain TypeScript one; an approval is valid only if both give the same digest of the same content.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { getReferat } from '../../../src/app/referats-repo';
import { contentHashOf } from '../../../src/app/reminder-state';
import { osloToUtc } from '../../../src/core/calendar/oslo';
import { contentHash } from '../../../src/core/referat/canonical';
import { seedConversation } from '../../fixtures/reminder-seed';

describe('contentHashOf', () => {
  it('is the core contentHash, also for text outside ASCII', async () => {
    const store = createMemoryStore();
    await seedConversation(store, {
      id: 'c-1',
      employeeId: '11111111-1111-4111-8111-111111111111',
      conductorId: '22222222-2222-4222-8222-222222222222',
      start: osloToUtc('2026-11-02', '10:00'),
      referat: 'signed',
      actions: [{ id: 'a1', deadline: '2026-12-01', responsibleId: null }],
    });
    const stored = await getReferat(store, 'c-1');
    if (!stored) throw new Error('seeded referat missing');
    const referat = stored.value;
    expect(contentHashOf(referat)).toBe(contentHash(referat));
    const edited = {
      ...referat,
      actions: referat.actions.map((a) => ({ ...a, what: 'Øve på å lære æøå – og 😀' })),
    };
    expect(contentHashOf(edited)).toBe(contentHash(edited));
    expect(contentHashOf(edited)).not.toBe(contentHashOf(referat));
    // the seeded approvals were given for the seeded content: both still count with the fast hash
    expect(referat.approvals.every((a) => a.contentHash === contentHashOf(referat))).toBe(true);
  });
});
