// Where the server gets the policy: the municipality's policy file as HR last saved it (src/app/policy-repo.ts),
// or the defaults from the seeds when none is stored yet.
import { readCurrentPolicy } from '../app/policy-repo';
import { resolvePolicy } from '../core/policy/resolve';
import type { Policy } from '../core/policy/schema';
import type { Store } from '../ports/store';

export function createPolicySource(store: Store): (unitName: string | null) => Promise<Policy> {
  return async () => {
    // A stored file that no longer parses (an older version) must not stop scheduling: defaults apply.
    const { record } = await readCurrentPolicy(store);
    return resolvePolicy(record?.file ?? {}).municipality;
  };
}
