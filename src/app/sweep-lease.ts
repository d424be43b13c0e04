// A lease row that lets one server instance at a time do a job (DESIGN §8: "the reminder sweep takes a
// lease (ETag on a lease row) so one instance sweeps at a time"). Taken and renewed with the row's ETag, so
// of two instances reaching for it at once only one write succeeds; it runs out by itself, so a holder that
// crashed holds up the job only until `until`.
import { z } from 'zod';
import { AlreadyExistsError, ConflictError, type Store, type Stored } from '../ports/store';

const LEASES = 'leases';
const PARTITION = 'lease';

export const ZLease = z.object({
  owner: z.string().min(1),
  until: z.string().datetime(),
  takenAt: z.string().datetime(),
});
export type Lease = z.infer<typeof ZLease>;

/**
 * Takes the lease for `name` until now + ms, or returns null while another owner's lease is live. An
 * owner whose own lease is live takes it again (a timer that fired twice).
 */
export async function takeLease(
  store: Store,
  name: string,
  owner: string,
  now: Date,
  ms: number,
): Promise<Stored<Lease> | null> {
  const lease: Lease = {
    owner,
    until: new Date(now.getTime() + ms).toISOString(),
    takenAt: now.toISOString(),
  };
  const current = await store.get<unknown>(LEASES, PARTITION, name);
  try {
    if (!current) return await store.insert(LEASES, PARTITION, name, lease);
    const held = ZLease.parse(current.value);
    if (held.owner !== owner && Date.parse(held.until) > now.getTime()) return null;
    return await store.put(LEASES, PARTITION, name, lease, current.etag);
  } catch (error) {
    // another instance wrote the row between our read and our write: it holds the lease
    if (error instanceof ConflictError || error instanceof AlreadyExistsError) return null;
    throw error;
  }
}

/** Extends a lease still held; ConflictError when it was lost (it ran out and someone took it). */
export async function renewLease(
  store: Store,
  held: Stored<Lease>,
  now: Date,
  ms: number,
): Promise<Stored<Lease>> {
  const lease: Lease = { ...held.value, until: new Date(now.getTime() + ms).toISOString() };
  return store.put(LEASES, PARTITION, held.rowKey, lease, held.etag);
}

/** Gives the lease back so the next instance need not wait for it to run out; a lost lease is left alone. */
export async function releaseLease(store: Store, held: Stored<Lease>, now: Date): Promise<void> {
  try {
    await store.put(LEASES, PARTITION, held.rowKey, { ...held.value, until: now.toISOString() }, held.etag);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
