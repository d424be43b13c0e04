// HR saves a new policy file. It must parse and resolve for the municipality and every unit (a bad value is
// a 400 naming its field, e.g. "invitation.minDaysAhead"), and it must build on the version the saver saw:
// two HR people editing at once get a 409 for the second save instead of silently losing the first.
import { AppError } from '../core/errors';
import { PolicyError, resolvePolicy } from '../core/policy/resolve';
import { ZPolicyFile } from '../core/policy/schema';
import type { Clock } from '../ports/clock';
import { AlreadyExistsError, ConflictError, type Store } from '../ports/store';
import type { HrCaller, PolicySettings } from './get-policy-settings';
import { getPolicySettings } from './get-policy-settings';
import { readCurrentPolicy, writePolicyVersion } from './policy-repo';
import { requireHr } from './require-hr';

export interface SavePolicyInput extends HrCaller {
  userId: string;
  userName: string | null;
  /** the policy file as sent; checked here */
  policy: unknown;
  /** the version the form was loaded with (0 when the defaults applied) */
  expectedVersion: number;
}

export async function savePolicySettings(
  deps: { store: Store; clock: Clock },
  input: SavePolicyInput,
): Promise<PolicySettings> {
  requireHr(input.appRoles, input.hrAppRole);
  const parsed = ZPolicyFile.safeParse(input.policy);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad-request', issue?.message, issue?.path.map(String).join('.') || 'policy');
  }
  try {
    resolvePolicy(parsed.data);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    throw new AppError('bad-request', error.message, error.issues[0]?.path);
  }
  const { record, etag } = await readCurrentPolicy(deps.store);
  if ((record?.version ?? 0) !== input.expectedVersion) {
    throw new AppError(
      'conflict',
      `policy is at version ${record?.version ?? 0}, not ${input.expectedVersion}`,
    );
  }
  try {
    await writePolicyVersion(
      deps.store,
      {
        version: input.expectedVersion + 1,
        savedBy: input.userId,
        savedByName: input.userName,
        savedAt: deps.clock.now().toISOString(),
        file: parsed.data,
      },
      etag,
    );
  } catch (error) {
    // another save took the same version number or replaced 'current' first
    if (error instanceof AlreadyExistsError || error instanceof ConflictError) {
      throw new AppError('conflict', error.message);
    }
    throw error;
  }
  return getPolicySettings(deps, input);
}
