// Where HR's policy file lives: 'settings'/'policy'/'current' holds the file in force with its version
// number and who saved it; every save also leaves 'settings'/'policy-versions'/<version> behind, so earlier
// choices can be read back (DESIGN §5: the municipality decides, and may want to see what it decided when).
import { z } from 'zod';
import { ZPolicyFile } from '../core/policy/schema';
import type { Store } from '../ports/store';

export const SETTINGS_TABLE = 'settings';
const CURRENT = ['policy', 'current'] as const;
const VERSIONS = 'policy-versions';

export const ZPolicyRecord = z.object({
  version: z.number().int().min(1),
  /** Entra object id of the HR person who saved it */
  savedBy: z.string(),
  savedByName: z.string().nullable(),
  savedAt: z.string(),
  file: ZPolicyFile,
});
export type PolicyRecord = z.infer<typeof ZPolicyRecord>;

export interface CurrentPolicy {
  /** null while nobody has saved a policy: the defaults apply */
  record: PolicyRecord | null;
  etag: string | null;
}

/**
 * The policy in force. A row written before versioning held the bare file: it reads as version 0, so the
 * first save from the HR view still replaces it under its ETag. A row that no longer parses reads as none.
 */
export async function readCurrentPolicy(store: Store): Promise<CurrentPolicy> {
  const stored = await store.get<unknown>(SETTINGS_TABLE, ...CURRENT);
  if (!stored) return { record: null, etag: null };
  const record = ZPolicyRecord.safeParse(stored.value);
  if (record.success) return { record: record.data, etag: stored.etag };
  const bare = ZPolicyFile.safeParse(stored.value);
  const legacy: PolicyRecord | null = bare.success
    ? { version: 0, savedBy: '', savedByName: null, savedAt: '', file: bare.data }
    : null;
  return { record: legacy, etag: stored.etag };
}

/** The version row first, then 'current' under its ETag: a lost race leaves only an unused version row. */
export async function writePolicyVersion(
  store: Store,
  record: PolicyRecord,
  currentEtag: string | null,
): Promise<void> {
  await store.insert(SETTINGS_TABLE, VERSIONS, versionKey(record.version), record);
  if (currentEtag) await store.put(SETTINGS_TABLE, ...CURRENT, record, currentEtag);
  else await store.insert(SETTINGS_TABLE, ...CURRENT, record);
}

export async function listPolicyRecords(store: Store): Promise<PolicyRecord[]> {
  const rows = await store.list<unknown>(SETTINGS_TABLE, VERSIONS);
  return rows.flatMap((row) => {
    const parsed = ZPolicyRecord.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** zero-padded so that the store's row-key order is version order */
export function versionKey(version: number): string {
  return String(version).padStart(8, '0');
}
