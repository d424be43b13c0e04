// HR's compliance report for a year (DESIGN §1: "X of Y have had their conversation in 2026"): people from
// the directory, held conversations and bookings from the year indexes of the store. Counts only.
import { AppError } from '../core/errors';
import type { Policy } from '../core/policy/schema';
import { complianceReport, type ComplianceReport } from '../core/reports/compliance';
import { periodOfYear } from '../core/reports/period';
import type { Store } from '../ports/store';
import { listConversationsOfYear } from './conversations-repo';
import { listActiveExemptionsOfYear } from './exemptions-repo';
import { readPastConversationsOfYear } from './past-conversations';
import { peopleAndPolicies, type ReportDeps } from './report-people';
import { requireHr } from './require-hr';

export interface ReportInput {
  /** app roles from the caller's token */
  appRoles: string[];
  /** the app role that makes someone HR */
  hrAppRole: string;
  year: number;
}

/**
 * When the next conversation fell due depends on the last one before the year: with every other year (003)
 * that may be two years back, so the two years before are read too (one query each).
 */
const YEARS_BACK = 2;

export async function getComplianceReport(
  deps: ReportDeps & { store: Store },
  input: ReportInput,
): Promise<ComplianceReport> {
  requireHr(input.appRoles, input.hrAppRole);
  const [{ people, names, policies }, histories, conversations, exemptions] = await Promise.all([
    peopleAndPolicies(deps),
    Promise.all(
      Array.from({ length: YEARS_BACK + 1 }, (_, i) =>
        readPastConversationsOfYear(deps.store, input.year - i),
      ),
    ),
    listConversationsOfYear(deps.store, input.year),
    // 000: a recorded reason to skip; HR sees how many, never who or why
    listActiveExemptionsOfYear(deps.store, input.year),
  ]);
  const policyOf = (unit: string): Policy => {
    const policy = policies.get(unit);
    if (!policy) throw new AppError('internal', `no policy read for unit ${unit}`);
    return policy;
  };
  return complianceReport({
    people,
    units: names.map((name) => ({ id: name, name })),
    history: histories.flat(),
    conversations,
    exemptions,
    policy: policyOf,
    period: periodOfYear(input.year),
  });
}
