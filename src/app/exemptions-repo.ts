// Where exemptions are kept (000: a leader cannot skip anyone without a recorded reason; an employee may
// ask to skip once). One partition per person, so the team overview reads a person's in one query, and an
// index per year for HR's compliance report. Nothing is deleted: a withdrawn exemption stays, marked with
// who withdrew it and when, so the record shows what was decided.
import { z } from 'zod';
import { ZCalendarDate } from '../core/calendar/days';
import type { Exemption } from '../core/due/inputs';
import { ZConversationKind } from '../core/org';
import type { Store, Stored } from '../ports/store';

const EXEMPTIONS = 'exemptions';
const BY_YEAR = 'exemptionsByYear';

export const ZStoredExemption = z.object({
  id: z.string().uuid(),
  personId: z.string().uuid(),
  kind: ZConversationKind,
  /** the year of the due date it covers (000: an employee cannot skip "en gang for alle") */
  year: z.number().int().min(2000).max(2100),
  by: z.enum(['leader', 'employee']),
  reason: z.string().trim().min(3).max(1000),
  /** the Oslo date it was recorded, as the due rules take it */
  recordedAt: ZCalendarDate,
  recordedById: z.string().uuid(),
  recordedByName: z.string(),
  recordedInstant: z.string().datetime(),
  withdrawn: z.object({ byId: z.string().uuid(), byName: z.string(), at: z.string().datetime() }).nullable(),
});
export type StoredExemption = z.infer<typeof ZStoredExemption>;

const parse = (row: Stored<unknown>): Stored<StoredExemption> => ({
  ...row,
  value: ZStoredExemption.parse(row.value),
});

/** Every exemption of a person, withdrawn ones included, newest first. */
export async function listExemptionsOfPerson(
  store: Store,
  personId: string,
): Promise<Stored<StoredExemption>[]> {
  const rows = await store.list<unknown>(EXEMPTIONS, personId);
  return rows.map(parse).sort((a, b) => b.value.recordedInstant.localeCompare(a.value.recordedInstant));
}

export async function getExemption(
  store: Store,
  personId: string,
  id: string,
): Promise<Stored<StoredExemption> | null> {
  const row = await store.get<unknown>(EXEMPTIONS, personId, id);
  return row ? parse(row) : null;
}

/** The record first, then the index: a crash in between leaves a record the person's list shows. */
export async function insertExemption(
  store: Store,
  exemption: StoredExemption,
): Promise<Stored<StoredExemption>> {
  const stored = await store.insert(EXEMPTIONS, exemption.personId, exemption.id, exemption);
  await indexExemption(store, exemption);
  return stored;
}

/** Replaces the record only if it is the version read (ConflictError otherwise). */
export function saveExemption(
  store: Store,
  exemption: StoredExemption,
  etag: string,
): Promise<Stored<StoredExemption>> {
  return store.put(EXEMPTIONS, exemption.personId, exemption.id, exemption, etag);
}

/**
 * The exemptions of those of `personIds` who have one recorded for one of `years`, withdrawn ones included,
 * newest first. The team overview asks for the years a leader can record (last, this and next): reading
 * each year's index and then only the people found costs a few queries instead of one per person.
 */
export async function listExemptionsOfPeople(
  store: Store,
  personIds: readonly string[],
  years: readonly number[],
): Promise<Map<string, Stored<StoredExemption>[]>> {
  const wanted = new Set(personIds);
  const indexed = await Promise.all(
    years.map((year) => store.list<{ personId: string }>(BY_YEAR, String(year))),
  );
  const found = [...new Set(indexed.flat().map((row) => row.value.personId))].filter((id) => wanted.has(id));
  const lists = await Promise.all(found.map((id) => listExemptionsOfPerson(store, id)));
  return new Map(found.map((id, i) => [id, lists[i] ?? []]));
}

/** Writes the index row again (idempotent): repairs the index after a crash between record and index. */
export async function indexExemption(store: Store, exemption: StoredExemption): Promise<void> {
  await store.put(BY_YEAR, String(exemption.year), `${exemption.personId}.${exemption.id}`, {
    personId: exemption.personId,
  });
}

/** The exemptions in force for a year: what HR's compliance report counts (the record decides). */
export async function listActiveExemptionsOfYear(store: Store, year: number): Promise<Exemption[]> {
  const rows = await store.list<{ personId: string }>(BY_YEAR, String(year));
  const found = await Promise.all(
    rows.map((row) =>
      getExemption(store, row.value.personId, row.rowKey.slice(row.value.personId.length + 1)),
    ),
  );
  return found.flatMap((e) => (e && e.value.year === year ? toDueExemption(e.value) : []));
}

/** As the due rules and the report take it; a withdrawn exemption no longer counts. */
export function toDueExemption(e: StoredExemption): Exemption[] {
  if (e.withdrawn) return [];
  return [
    {
      personId: e.personId,
      kind: e.kind,
      year: e.year,
      by: e.by,
      reason: e.reason,
      recordedAt: e.recordedAt,
    },
  ];
}
