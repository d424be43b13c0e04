// Every saved version of the policy file, newest first: what was decided, by whom and when.
import type { Store } from '../ports/store';
import type { HrCaller } from './get-policy-settings';
import { listPolicyRecords, type PolicyRecord } from './policy-repo';
import { requireHr } from './require-hr';

export async function listPolicyVersions(deps: { store: Store }, input: HrCaller): Promise<PolicyRecord[]> {
  requireHr(input.appRoles, input.hrAppRole);
  return (await listPolicyRecords(deps.store)).reverse();
}
