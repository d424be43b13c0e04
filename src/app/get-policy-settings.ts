// HR's policy settings: the stored file (or none: the defaults apply), the municipality's policy resolved
// from it, and which version it is and who saved it when.
import { PolicyError, resolvePolicy } from '../core/policy/resolve';
import type { Policy, PolicyFile } from '../core/policy/schema';
import type { Store } from '../ports/store';
import { readCurrentPolicy } from './policy-repo';
import { requireHr } from './require-hr';

export interface HrCaller {
  /** app roles from the caller's token */
  appRoles: string[];
  /** the app role that makes someone HR */
  hrAppRole: string;
}

export interface PolicySettings {
  file: PolicyFile;
  municipality: Policy;
  /** 0 while the defaults apply */
  version: number;
  savedBy: string | null;
  savedByName: string | null;
  savedAt: string | null;
  /**
   * why the stored file is set aside (it no longer makes a valid policy, e.g. saved under older rules), or
   * null; the defaults are then in force, as the server schedules by them (policy-source.ts), until HR saves
   */
  problem: string | null;
}

export async function getPolicySettings(deps: { store: Store }, input: HrCaller): Promise<PolicySettings> {
  requireHr(input.appRoles, input.hrAppRole);
  const { record } = await readCurrentPolicy(deps.store);
  const file = record?.file ?? {};
  const { municipality, problem } = resolved(file);
  return {
    file,
    municipality,
    problem,
    version: record?.version ?? 0,
    savedBy: record?.savedBy || null,
    savedByName: record?.savedByName ?? null,
    savedAt: record?.savedAt || null,
  };
}

function resolved(file: PolicyFile): { municipality: Policy; problem: string | null } {
  try {
    return { municipality: resolvePolicy(file).municipality, problem: null };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    return { municipality: resolvePolicy({}).municipality, problem: error.message };
  }
}
