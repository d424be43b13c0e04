// Where onboarding and exit checklists are kept (000 3-5). One partition per person: a header row per list
// (`onboarding`, `exit`) with its date and options, and one row per item (`onboarding.offer-letter`), so
// ticking one item never conflicts with ticking another: each item has its own ETag. An index of the lists
// that still have undone items, spread over 16 partitions by the person's id, is what the reminder sweep
// pages through (DESIGN §2.8 "checklist item due", §8: page through partitions, never one huge query).
import { z } from 'zod';
import {
  checklistProgress,
  ZChecklistKind,
  ZChecklistOptions,
  ZPersonChecklistItem,
  type ChecklistKind,
  type PersonChecklistItem,
} from '../core/checklists/person-checklist';
import { ZIsoDate } from '../core/org';
import { AlreadyExistsError, type Store, type Stored } from '../ports/store';

export const CHECKLISTS = 'checklists';
export const OPEN_CHECKLISTS = 'checklistsOpen';

export const ZChecklistHeader = ZChecklistOptions.extend({
  personId: z.string().uuid(),
  kind: ZChecklistKind,
  /** the start date (onboarding) or the last day of employment (exit) the deadlines count from */
  date: ZIsoDate,
  /** the directory's date (employeeHireDate / employeeLeaveDateTime), or one the leader recorded */
  dateSource: z.enum(['directory', 'leader']),
  createdAt: z.string().datetime(),
  createdBy: z.string().uuid(),
  updatedAt: z.string().datetime(),
  updatedBy: z.string().uuid(),
});
export type ChecklistHeader = z.infer<typeof ZChecklistHeader>;

/** one list of one person, each row with its version */
export interface StoredChecklist {
  header: Stored<ChecklistHeader>;
  /** in the list's order (deadline, then the seed's order) */
  items: Stored<PersonChecklistItem>[];
}

/** A row of the open index: enough for a sweep to decide whether to read the list at all. */
export const ZOpenChecklist = z.object({
  personId: z.string().uuid(),
  kind: ZChecklistKind,
  date: ZIsoDate,
  /** the earliest deadline of an undone item */
  nextDeadline: ZIsoDate,
});
export type OpenChecklist = z.infer<typeof ZOpenChecklist>;

/** The index's partitions, '0' … 'f': the first hex digit of the person's object id. */
export const OPEN_CHECKLIST_PARTITIONS: readonly string[] = [...'0123456789abcdef'];

export function openChecklistPartition(personId: string): string {
  const first = personId.charAt(0).toLowerCase();
  return OPEN_CHECKLIST_PARTITIONS.includes(first) ? first : '0';
}

const itemRow = (kind: ChecklistKind, itemId: string) => `${kind}.${itemId}`;

function fromRows(rows: Stored<unknown>[], kind: ChecklistKind): StoredChecklist | null {
  const headerRow = rows.find((row) => row.rowKey === kind);
  if (!headerRow) return null;
  const items = rows
    .filter((row) => row.rowKey.startsWith(`${kind}.`))
    .map((row) => ({ ...row, value: ZPersonChecklistItem.parse(row.value) }))
    .sort((a, b) => a.value.order - b.value.order);
  return { header: { ...headerRow, value: ZChecklistHeader.parse(headerRow.value) }, items };
}

/**
 * Every checklist of a person (none, one, or both kinds), in one query. A list whose header is missing
 * is being created (items are written first) and does not count yet.
 */
export async function listChecklistsOfPerson(store: Store, personId: string): Promise<StoredChecklist[]> {
  const rows = await store.list<unknown>(CHECKLISTS, personId);
  return ZChecklistKind.options.flatMap((kind) => {
    const list = fromRows(rows, kind);
    return list ? [list] : [];
  });
}

/** One list of a person, or null. */
export async function getChecklist(
  store: Store,
  personId: string,
  kind: ChecklistKind,
): Promise<StoredChecklist | null> {
  return fromRows(await store.list<unknown>(CHECKLISTS, personId, kind), kind);
}

/**
 * The lists with undone items in one index partition (see OPEN_CHECKLIST_PARTITIONS). The index can lag
 * its list by a crash; read the list (getChecklist) before acting: the list decides.
 */
export async function listOpenChecklists(store: Store, partition: string): Promise<OpenChecklist[]> {
  const rows = await store.list<unknown>(OPEN_CHECKLISTS, partition);
  return rows.map((row) => ZOpenChecklist.parse(row.value));
}

/**
 * Stores a new list: the items first, then the header, so a half-written list is never seen as one.
 * When someone created it in between, theirs is returned and nothing of it is overwritten.
 */
export async function insertChecklist(
  store: Store,
  header: ChecklistHeader,
  items: PersonChecklistItem[],
  today: string,
): Promise<StoredChecklist> {
  await Promise.all(
    items.map(async (item) => {
      try {
        await store.insert(CHECKLISTS, header.personId, itemRow(header.kind, item.id), item);
      } catch (error) {
        if (!(error instanceof AlreadyExistsError)) throw error;
      }
    }),
  );
  try {
    await store.insert(CHECKLISTS, header.personId, header.kind, header);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
  const stored = await getChecklist(store, header.personId, header.kind);
  if (!stored) throw new Error(`checklist ${header.personId}/${header.kind} vanished after insert`);
  await indexChecklist(store, stored, today);
  return stored;
}

/** Replaces one item only if it is the version the writer read (ConflictError otherwise). */
export function saveChecklistItem(
  store: Store,
  personId: string,
  kind: ChecklistKind,
  item: PersonChecklistItem,
  etag: string,
): Promise<Stored<PersonChecklistItem>> {
  return store.put(CHECKLISTS, personId, itemRow(kind, item.id), item, etag);
}

/** Adds an item a new plan brought in (e.g. the meeting with HR for a new leader). */
export function addChecklistItem(
  store: Store,
  personId: string,
  kind: ChecklistKind,
  item: PersonChecklistItem,
): Promise<Stored<PersonChecklistItem>> {
  return store.insert(CHECKLISTS, personId, itemRow(kind, item.id), item);
}

export function removeChecklistItem(
  store: Store,
  personId: string,
  kind: ChecklistKind,
  itemId: string,
  etag: string,
): Promise<void> {
  return store.delete(CHECKLISTS, personId, itemRow(kind, itemId), etag);
}

/** Replaces the header only if it is the version the writer read (ConflictError otherwise). */
export function saveChecklistHeader(
  store: Store,
  header: ChecklistHeader,
  etag: string,
): Promise<Stored<ChecklistHeader>> {
  return store.put(CHECKLISTS, header.personId, header.kind, header, etag);
}

/** Puts the list in the open index while it has undone items, and takes it out when it has none. */
export async function indexChecklist(store: Store, list: StoredChecklist, today: string): Promise<void> {
  const { personId, kind, date } = list.header.value;
  const progress = checklistProgress(
    list.items.map((item) => item.value),
    today,
  );
  const partition = openChecklistPartition(personId);
  const row = `${personId}.${kind}`;
  if (progress.nextDeadline === null) await store.delete(OPEN_CHECKLISTS, partition, row);
  else {
    const entry: OpenChecklist = { personId, kind, date, nextDeadline: progress.nextDeadline };
    await store.put(OPEN_CHECKLISTS, partition, row, entry);
  }
}
