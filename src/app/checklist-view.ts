// A stored checklist as the leader's view shows it, and the lists a person gets by themselves. Shared by the
// checklist use cases and the team overview, so both count progress the same way.
import {
  checklistProgress,
  mentorMissing,
  newItems,
  NO_OPTIONS,
  opensByItself,
  plannedItems,
  type ChecklistKind,
  type ChecklistOptions,
  type ChecklistProgress,
  type PersonChecklistItem,
} from '../core/checklists/person-checklist';
import { ConflictError, type Store } from '../ports/store';
import type { DirectoryPerson } from '../ports/directory';
import {
  getChecklist,
  insertChecklist,
  listChecklistsOfPerson,
  type StoredChecklist,
} from './checklists-repo';
import { replanChecklist } from './replan-checklist';

export type ChecklistItemView = Omit<PersonChecklistItem, 'order'> & {
  /** undone and the deadline has passed */
  overdue: boolean;
  /** the item's version for the next PATCH (If-Match) */
  etag: string;
};

export interface ChecklistView extends ChecklistOptions {
  kind: ChecklistKind;
  date: string;
  dateSource: 'directory' | 'leader';
  /** 000 3 / SFS 2213: a newly qualified teacher has no mentor yet */
  mentorMissing: boolean;
  progress: ChecklistProgress;
  items: ChecklistItemView[];
  /** the list's own version (options and date), for PATCH (If-Match) */
  etag: string;
}

export function checklistView(list: StoredChecklist, today: string): ChecklistView {
  const header = list.header.value;
  const items = list.items.map((item) => item.value);
  return {
    kind: header.kind,
    date: header.date,
    dateSource: header.dateSource,
    mentor: header.mentor,
    newlyQualifiedTeacher: header.newlyQualifiedTeacher,
    newLeader: header.newLeader,
    mentorMissing: mentorMissing(header),
    progress: checklistProgress(items, today),
    items: list.items.map(({ value, etag }) => ({
      id: value.id,
      phase: value.phase,
      responsible: value.responsible,
      ...(value.involves ? { involves: value.involves } : {}),
      deadline: value.deadline,
      text: value.text,
      source: value.source,
      done: value.done,
      overdue: !value.done && value.deadline < today,
      etag,
    })),
    etag: list.header.etag,
  };
}

const ORDER: Record<ChecklistKind, number> = { onboarding: 0, exit: 1 };

/** the date a list of this kind counts from, as the directory knows it */
export function directoryDate(person: DirectoryPerson, kind: ChecklistKind): string | null {
  return kind === 'onboarding' ? person.startDate : person.endDate;
}

/**
 * The person's lists, with those that appear by themselves today created first (000 3: two weeks before
 * the start; 000 5: four weeks before the last day). Creating is idempotent, so two leaders' tabs (or the
 * team overview and the checklist page) opening at once make one list.
 */
export async function ensureChecklists(
  deps: { store: Store },
  input: { person: DirectoryPerson; actorId: string; now: Date; today: string },
): Promise<StoredChecklist[]> {
  const found = await listChecklistsOfPerson(deps.store, input.person.id);
  const lists = await Promise.all(found.map((list) => followDirectory(deps.store, list, input)));
  const missing = (['onboarding', 'exit'] as const).filter((kind) => {
    const date = directoryDate(input.person, kind);
    return (
      date !== null &&
      !lists.some((l) => l.header.value.kind === kind) &&
      opensByItself(kind, date, input.today)
    );
  });
  const created = await Promise.all(
    missing.map((kind) => {
      const date = directoryDate(input.person, kind) ?? input.today;
      const at = input.now.toISOString();
      return insertChecklist(
        deps.store,
        {
          ...NO_OPTIONS,
          personId: input.person.id,
          kind,
          date,
          dateSource: 'directory',
          createdAt: at,
          createdBy: input.actorId,
          updatedAt: at,
          updatedBy: input.actorId,
        },
        newItems(plannedItems(kind, date, NO_OPTIONS)),
        input.today,
      );
    }),
  );
  return [...lists, ...created].sort((a, b) => ORDER[a.header.value.kind] - ORDER[b.header.value.kind]);
}

/**
 * HR moved the start or the last day in the directory: a list counted from the directory's date follows it
 * (a date the leader recorded stays until they change it). When another tab did the same a moment ago,
 * theirs is read back.
 */
async function followDirectory(
  store: Store,
  list: StoredChecklist,
  input: { person: DirectoryPerson; actorId: string; now: Date; today: string },
): Promise<StoredChecklist> {
  const { kind, date, dateSource } = list.header.value;
  const current = directoryDate(input.person, kind);
  if (dateSource !== 'directory' || current === null || current === date) return list;
  try {
    return await replanChecklist(
      store,
      list,
      { date: current },
      { id: input.actorId, displayName: '' },
      input.now,
      input.today,
    );
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return (await getChecklist(store, input.person.id, kind)) ?? list;
  }
}
