// Where referats are kept: one partition per conversation, so the referat and its conversation are
// looked up by the same id. Values are the full referat, private notes included: views are cut from it.
import { ZReferat, type Referat } from '../core/referat/referat';
import { AlreadyExistsError, type Store, type Stored } from '../ports/store';

export const REFERATS = 'referats';
const ROW = 'referat';

export async function getReferat(store: Store, conversationId: string): Promise<Stored<Referat> | null> {
  const stored = await store.get<unknown>(REFERATS, conversationId, ROW);
  return stored ? { ...stored, value: ZReferat.parse(stored.value) } : null;
}

/** Stores a new referat; when another request created it first, theirs is returned (both start the same). */
export async function insertReferat(store: Store, referat: Referat): Promise<Stored<Referat>> {
  try {
    return await store.insert(REFERATS, referat.conversationId, ROW, referat);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const existing = await getReferat(store, referat.conversationId);
    if (!existing) throw error;
    return existing;
  }
}

/** Replaces the referat only if it is still the version the writer read (ConflictError otherwise). */
export function saveReferat(store: Store, referat: Referat, etag: string): Promise<Stored<Referat>> {
  return store.put(REFERATS, referat.conversationId, ROW, referat, etag);
}
