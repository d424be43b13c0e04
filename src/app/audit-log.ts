// The audit log is append-only: entries are inserted, never updated or deleted by the product. One partition
// per conversation, so HR reads one conversation's log in one query; row keys sort by time.
import { ZAuditEntry, type AuditEntry } from '../core/audit';
import type { Store } from '../ports/store';

const AUDIT = 'audit';

export async function recordAudit(store: Store, entry: AuditEntry, nonce: string): Promise<void> {
  const valid = ZAuditEntry.parse(entry);
  // time first so the partition lists in order; the nonce keeps two entries in the same millisecond apart
  await store.insert(AUDIT, valid.conversationId, `${valid.at}_${nonce}`, valid);
}

export async function readAudit(store: Store, conversationId: string): Promise<AuditEntry[]> {
  const rows = await store.list<unknown>(AUDIT, conversationId);
  return rows.map((row) => ZAuditEntry.parse(row.value));
}

export interface AuditDeps {
  store: Store;
  clock: { now(): Date };
  newId(): string;
}

/** Logs one read or change of a conversation's content, as it happens. */
export function audit(deps: AuditDeps, entry: Omit<AuditEntry, 'at' | 'part'> & { part?: string | null }) {
  return recordAudit(
    deps.store,
    { ...entry, part: entry.part ?? null, at: deps.clock.now().toISOString() },
    deps.newId(),
  );
}
