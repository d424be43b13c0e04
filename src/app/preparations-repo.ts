// Each side's preparation in its own row of the conversation's partition: the employee and the leader write
// at the same time without ever conflicting with each other, only with themselves (another tab).
import type { PrepSide, Preparation } from '../core/preparation/preparation';
import { emptyPreparation, ZPreparation } from '../core/preparation/preparation';
import { AlreadyExistsError, type Store, type Stored } from '../ports/store';

const PREPARATIONS = 'preparations';

export async function getPreparation(
  store: Store,
  conversationId: string,
  side: PrepSide,
): Promise<Stored<Preparation> | null> {
  const stored = await store.get<unknown>(PREPARATIONS, conversationId, side);
  return stored ? { ...stored, value: ZPreparation.parse(stored.value) } : null;
}

/** The side's preparation, created empty on first use so it has a version to save against. */
export async function ensurePreparation(
  store: Store,
  conversationId: string,
  side: PrepSide,
): Promise<Stored<Preparation>> {
  const existing = await getPreparation(store, conversationId, side);
  if (existing) return existing;
  try {
    return await store.insert(PREPARATIONS, conversationId, side, emptyPreparation(side));
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    return ensurePreparation(store, conversationId, side);
  }
}

export function savePreparation(
  store: Store,
  conversationId: string,
  preparation: Preparation,
  etag: string,
): Promise<Stored<Preparation>> {
  return store.put(PREPARATIONS, conversationId, preparation.side, preparation, etag);
}
