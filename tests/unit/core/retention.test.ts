// The retention rules (core/retention.ts): 002 "Oppbevaring" and DESIGN §6, pure.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import { retentionDue, type RetentionConversation } from '../../../src/core/retention';

const E = '11111111-1111-4111-8111-111111111111';
const L = '22222222-2222-4222-8222-222222222222';
const filed = (
  id: string,
  start: string,
  over: Partial<RetentionConversation> = {},
): RetentionConversation => ({
  id,
  kind: 'annual',
  employeeId: E,
  conductorId: L,
  start,
  signedHash: `h-${id}`,
  filedHash: `h-${id}`,
  ...over,
});
const keepAll = { retention: 'keep-all' as const, keepAfterLeavingDays: 90 };
const replace = { retention: 'replace-previous' as const, keepAfterLeavingDays: 90 };

describe('retentionDue', () => {
  it('keeps everything by default (keep-all; 90 days after leaving)', () => {
    expect(DEFAULT_POLICY).toMatchObject({ retention: 'keep-all', keepAfterLeavingDays: 90 });
    const out = retentionDue({
      today: '2027-01-01',
      policy: keepAll,
      conversations: [filed('a', '2025-01-10T09:00:00Z'), filed('b', '2026-01-10T09:00:00Z')],
      leavers: [],
    });
    expect(out).toEqual({ due: [], held: [], people: [] });
  });

  it('002: replace-previous replaces every earlier filed plan of the same kind by the newest filed one', () => {
    const out = retentionDue({
      today: '2027-01-01',
      policy: replace,
      conversations: [
        filed('a', '2024-01-10T09:00:00Z'),
        filed('b', '2025-01-10T09:00:00Z'),
        filed('c', '2026-01-10T09:00:00Z'),
        filed('p', '2025-06-10T09:00:00Z', { kind: 'probation-followup' }),
      ],
      leavers: [],
    });
    expect(out.due).toEqual([
      { conversationId: 'a', scope: 'referat-and-plan', reason: { rule: 'replaced', by: 'c' } },
      { conversationId: 'b', scope: 'referat-and-plan', reason: { rule: 'replaced', by: 'c' } },
    ]);
  });

  it('replaces nothing while the newer one is signed but not filed, and never by a draft', () => {
    const out = retentionDue({
      today: '2027-01-01',
      policy: replace,
      conversations: [
        filed('a', '2025-01-10T09:00:00Z'),
        filed('b', '2026-01-10T09:00:00Z', { filedHash: null }),
        filed('c', '2026-06-10T09:00:00Z', { signedHash: null, filedHash: null }),
      ],
      leavers: [],
    });
    expect(out.due).toEqual([]);
  });

  it('an employee who left: due the day after keepAfterLeavingDays; signed but not filed is held', () => {
    const conversations = [
      filed('a', '2026-01-10T09:00:00Z'),
      filed('b', '2026-11-10T09:00:00Z', { filedHash: null }),
      filed('d', '2026-11-20T09:00:00Z', { signedHash: null, filedHash: null }),
    ];
    const leavers = [{ personId: E, lastDay: '2026-12-01' }];
    expect(retentionDue({ today: '2027-03-01', policy: keepAll, conversations, leavers }).due).toEqual([]);
    const out = retentionDue({ today: '2027-03-02', policy: keepAll, conversations, leavers });
    const reason = { rule: 'employee-left', personId: E, lastDay: '2026-12-01', dueFrom: '2027-03-02' };
    expect(out.due).toEqual([
      { conversationId: 'a', scope: 'conversation', reason },
      // never signed: nothing for the archive, so nothing is lost
      { conversationId: 'd', scope: 'conversation', reason },
    ]);
    expect(out.held).toEqual([{ conversationId: 'b', scope: 'conversation', reason, why: 'not-filed' }]);
    expect(out.people).toEqual([{ personId: E, lastDay: '2026-12-01', dueFrom: '2027-03-02' }]);
  });

  it("a conductor who left: only the leader's own part of a conversation whose employee stays", () => {
    const out = retentionDue({
      today: '2027-06-01',
      policy: { ...keepAll, keepAfterLeavingDays: 0 },
      conversations: [filed('a', '2026-01-10T09:00:00Z')],
      leavers: [{ personId: L, lastDay: '2027-05-31' }],
    });
    expect(out.due).toEqual([
      {
        conversationId: 'a',
        scope: 'leader-own',
        reason: { rule: 'conductor-left', personId: L, lastDay: '2027-05-31', dueFrom: '2027-06-01' },
      },
    ]);
  });
});
