// Where the server gets the policy: the municipality's policy file kept in storage (HR edits it; a later
// issue adds that view), or the defaults from the seeds when none is stored yet.
import { resolvePolicy } from '../core/policy/resolve';
import { ZPolicyFile, type Policy } from '../core/policy/schema';
import type { Store } from '../ports/store';

const SETTINGS = 'settings';

export function createPolicySource(store: Store): (unitName: string | null) => Promise<Policy> {
  return async () => {
    const stored = await store.get<unknown>(SETTINGS, 'policy', 'current');
    // A stored file that no longer parses (an older version) must not stop scheduling: defaults apply.
    const file = stored ? ZPolicyFile.safeParse(stored.value) : null;
    return resolvePolicy(file?.success ? file.data : {}).municipality;
  };
}
