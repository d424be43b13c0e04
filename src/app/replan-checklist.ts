// Planning a stored list again after its date or options changed: the header under its ETag, then each item
// the new plan moves, adds or drops under its own. Done items keep who did them (core replan).
import {
  APPOINT_MENTOR_ITEM,
  plannedItems,
  replan,
  type ChecklistOptions,
} from '../core/checklists/person-checklist';
import { AlreadyExistsError, ConflictError, type Store } from '../ports/store';
import {
  addChecklistItem,
  CHECKLISTS,
  getChecklist,
  indexChecklist,
  removeChecklistItem,
  saveChecklistHeader,
  saveChecklistItem,
  type ChecklistHeader,
  type StoredChecklist,
} from './checklists-repo';

export interface ChecklistChange {
  date?: string;
  dateSource?: ChecklistHeader['dateSource'];
  options?: Partial<ChecklistOptions>;
}

/**
 * Writes the change against the versions in `list` (ConflictError when someone saved in between). Naming a
 * mentor also ticks "Ev. oppnevne fadder" (000 3), since that is what was done.
 */
export async function replanChecklist(
  store: Store,
  list: StoredChecklist,
  change: ChecklistChange,
  actor: { id: string; displayName: string },
  now: Date,
  today: string,
): Promise<StoredChecklist> {
  const before = list.header.value;
  const header: ChecklistHeader = {
    ...before,
    ...change.options,
    date: change.date ?? before.date,
    dateSource: change.dateSource ?? before.dateSource,
    updatedAt: now.toISOString(),
    updatedBy: actor.id,
  };
  await saveChecklistHeader(store, header, list.header.etag);
  const plan = replan(
    list.items.map((item) => item.value),
    plannedItems(header.kind, header.date, header),
  );
  const etagOf = new Map(list.items.map((item) => [item.value.id, item.etag]));
  const mentorNamed = before.mentor === null && header.mentor !== null;
  const changed = new Map(plan.changed.map((item) => [item.id, item]));
  if (mentorNamed) {
    const appoint = list.items.find((item) => item.value.id === APPOINT_MENTOR_ITEM && !item.value.done);
    if (appoint) {
      const base = changed.get(APPOINT_MENTOR_ITEM) ?? appoint.value;
      changed.set(APPOINT_MENTOR_ITEM, {
        ...base,
        done: { by: actor.id, byName: actor.displayName, at: now.toISOString() },
      });
    }
  }
  await Promise.all([
    ...[...changed.values()].map((item) =>
      saveChecklistItem(store, header.personId, header.kind, item, etagOf.get(item.id) ?? ''),
    ),
    ...plan.added.map((item) =>
      addChecklistItem(store, header.personId, header.kind, item).catch((error: unknown) => {
        // another tab added it a moment ago: the same as any other change in between
        if (error instanceof AlreadyExistsError)
          throw new ConflictError(CHECKLISTS, header.personId, `${header.kind}.${item.id}`);
        throw error;
      }),
    ),
    ...plan.removed.map((id) =>
      removeChecklistItem(store, header.personId, header.kind, id, etagOf.get(id) ?? ''),
    ),
  ]);
  const stored = await getChecklist(store, header.personId, header.kind);
  if (!stored) throw new Error(`checklist ${header.personId}/${header.kind} vanished`);
  await indexChecklist(store, stored, today);
  return stored;
}
