// The stored checklists: a list is only seen once its header is written, each item has its own version,
// and the open index that the reminder sweep pages through follows whether anything is left undone.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import {
  getChecklist,
  insertChecklist,
  listChecklistsOfPerson,
  listOpenChecklists,
  OPEN_CHECKLIST_PARTITIONS,
  openChecklistPartition,
  saveChecklistItem,
  indexChecklist,
  type ChecklistHeader,
} from '../../../src/app/checklists-repo';
import { newItems, NO_OPTIONS, plannedItems } from '../../../src/core/checklists/person-checklist';
import { ConflictError } from '../../../src/ports/store';

const PERSON = 'a1b2c3d4-0000-4000-8000-000000000001';
const LEADER = '00000000-0000-4000-8000-000000000009';
const header = (kind: 'onboarding' | 'exit', date: string): ChecklistHeader => ({
  ...NO_OPTIONS,
  personId: PERSON,
  kind,
  date,
  dateSource: 'directory',
  createdAt: '2026-11-23T09:00:00.000Z',
  createdBy: LEADER,
  updatedAt: '2026-11-23T09:00:00.000Z',
  updatedBy: LEADER,
});
const DONE = { by: LEADER, byName: 'Kari', at: '2026-11-23T09:00:00.000Z' };

describe('checklists repo', () => {
  it('stores a list with its items in order, and a second insert returns the first untouched', async () => {
    const store = createMemoryStore();
    const items = newItems(plannedItems('onboarding', '2026-12-03', NO_OPTIONS));
    const first = await insertChecklist(store, header('onboarding', '2026-12-03'), items, '2026-11-23');
    expect(first.items.map((i) => i.value.id)).toEqual(items.map((i) => i.id));
    const ticked = { ...first.items[0]!.value, done: DONE };
    await saveChecklistItem(store, PERSON, 'onboarding', ticked, first.items[0]!.etag);
    const again = await insertChecklist(store, header('onboarding', '2026-12-10'), items, '2026-11-23');
    expect(again.header.value.date).toBe('2026-12-03');
    expect(again.items[0]!.value.done).toEqual(DONE);
  });

  it('a stale item version is a conflict, and another item is not', async () => {
    const store = createMemoryStore();
    const items = newItems(plannedItems('exit', '2026-12-31', NO_OPTIONS));
    const list = await insertChecklist(store, header('exit', '2026-12-31'), items, '2026-11-23');
    const [a, b] = list.items;
    await saveChecklistItem(store, PERSON, 'exit', { ...a!.value, done: DONE }, a!.etag);
    await expect(
      saveChecklistItem(store, PERSON, 'exit', { ...a!.value, done: null }, a!.etag),
    ).rejects.toThrow(ConflictError);
    await expect(
      saveChecklistItem(store, PERSON, 'exit', { ...b!.value, done: DONE }, b!.etag),
    ).resolves.toBeTruthy();
  });

  it('lists both kinds of one person, each with only its own items', async () => {
    const store = createMemoryStore();
    await insertChecklist(
      store,
      header('onboarding', '2026-12-03'),
      newItems(plannedItems('onboarding', '2026-12-03', NO_OPTIONS)),
      '2026-11-23',
    );
    await insertChecklist(
      store,
      header('exit', '2027-06-30'),
      newItems(plannedItems('exit', '2027-06-30', NO_OPTIONS)),
      '2026-11-23',
    );
    const lists = await listChecklistsOfPerson(store, PERSON);
    expect(lists.map((l) => l.header.value.kind)).toEqual(['onboarding', 'exit']);
    expect(lists[1]!.items.every((i) => i.value.phase === 'exit')).toBe(true);
  });

  it('the open index holds a list while something is undone, in the partition of the id, and drops it when all is done', async () => {
    const store = createMemoryStore();
    const items = newItems(plannedItems('exit', '2026-12-31', NO_OPTIONS));
    const list = await insertChecklist(store, header('exit', '2026-12-31'), items, '2026-11-23');
    expect(OPEN_CHECKLIST_PARTITIONS).toHaveLength(16);
    const partition = openChecklistPartition(PERSON);
    expect(partition).toBe('a');
    const open = await listOpenChecklists(store, partition);
    expect(open).toEqual([
      { personId: PERSON, kind: 'exit', date: '2026-12-31', nextDeadline: items[0]!.deadline },
    ]);
    for (const item of list.items)
      await saveChecklistItem(store, PERSON, 'exit', { ...item.value, done: DONE }, item.etag);
    await indexChecklist(store, (await getChecklist(store, PERSON, 'exit'))!, '2026-11-23');
    expect(await listOpenChecklists(store, partition)).toEqual([]);
  });
});
