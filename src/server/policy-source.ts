// Where the server gets the policy: the municipality's policy file as HR last saved it (src/app/policy-repo.ts),
// or the defaults from the seeds when none is stored yet.
import { readCurrentPolicy } from '../app/policy-repo';
import { resolvePolicy } from '../core/policy/resolve';
import type { Policy } from '../core/policy/schema';
import type { Store } from '../ports/store';

/** `log` hears when a stored file is set aside; the operator should fix it through the HR view */
export function createPolicySource(
  store: Store,
  log: (line: string) => void = () => {},
): (unitName: string | null) => Promise<Policy> {
  return async () => {
    // A stored file that no longer makes a policy (saved under older rules) must not stop scheduling,
    // reminders and reports with a 500 everywhere, the HR view included: the defaults apply until HR saves.
    const { record } = await readCurrentPolicy(store);
    try {
      return resolvePolicy(record?.file ?? {}).municipality;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      log(`policy version ${record?.version ?? '?'} is not a valid policy (${why}); the defaults apply`);
      return resolvePolicy({}).municipality;
    }
  };
}
