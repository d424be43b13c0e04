// The two indexes the reminder sweep pages through (DESIGN §8): conversations by the Oslo day they start,
// and signed actions by deadline. Each follows its record, and the record decides.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { indexSignedActions, listActionsWithDeadline } from '../../../src/app/action-deadlines-repo';
import {
  insertConversation,
  listConversationIdsOfDay,
  updateConversation,
} from '../../../src/app/conversations-repo';
import type { Conversation } from '../../../src/core/conversation';
import type { Referat } from '../../../src/core/referat/referat';

const conversation: Conversation = {
  id: 'conv-1',
  kind: 'annual',
  employeeId: '11111111-1111-4111-8111-111111111111',
  conductorId: '22222222-2222-4222-8222-222222222222',
  status: 'booked',
  // 23:30 UTC on 28 March is already Sunday 29 March in Oslo
  start: '2026-03-28T23:30:00Z',
  end: '2026-03-29T00:30:00Z',
  location: null,
  online: true,
  specialTopics: '',
  roundId: null,
  meeting: null,
  newTimeRequest: null,
  cancelMessage: null,
  createdBy: '22222222-2222-4222-8222-222222222222',
  createdAt: '2026-03-10T09:00:00Z',
  updatedAt: '2026-03-10T09:00:00Z',
};

describe('conversations by Oslo day', () => {
  it('finds a conversation under the Oslo day it starts, and under the new day once it is moved', async () => {
    const store = createMemoryStore();
    const stored = await insertConversation(store, conversation);
    expect(await listConversationIdsOfDay(store, '2026-03-29')).toEqual(['conv-1']);
    expect(await listConversationIdsOfDay(store, '2026-03-28')).toEqual([]);
    await updateConversation(
      store,
      { ...conversation, start: '2026-04-01T08:00:00Z', end: '2026-04-01T09:00:00Z' },
      stored.etag,
    );
    expect(await listConversationIdsOfDay(store, '2026-04-01')).toEqual(['conv-1']);
    // the old day keeps its row: whoever reads it checks the record's day
    expect(await listConversationIdsOfDay(store, '2026-03-29')).toEqual(['conv-1']);
  });
});

describe('signed actions by deadline', () => {
  it('lists each action under its deadline, once however often the plan is indexed', async () => {
    const store = createMemoryStore();
    const referat = {
      conversationId: 'conv/1',
      actions: [
        { id: 'a:1', deadline: '2026-12-04' },
        { id: 'a.2', deadline: '2026-12-04' },
        { id: 'a3', deadline: '2027-01-15' },
      ],
    } as unknown as Referat;
    await indexSignedActions(store, referat);
    await indexSignedActions(store, referat);
    const found = await listActionsWithDeadline(store, '2026-12-04');
    expect(found.map((ref) => ref.actionId).sort()).toEqual(['a.2', 'a:1']);
    expect(found.every((ref) => ref.conversationId === 'conv/1')).toBe(true);
    expect(await listActionsWithDeadline(store, '2027-01-15')).toEqual([
      { conversationId: 'conv/1', actionId: 'a3' },
    ]);
  });
});
