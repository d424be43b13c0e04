// From a policy file to the policy of each unit: defaults, then the municipality's choices, then the
// unit's own. Each level is validated as a whole, so a unit cannot end up with e.g. min > max days.
import type { z } from 'zod';
import { DEFAULT_POLICY } from './defaults';
import { ZPolicy, type Policy, type PolicyFile, type PolicyOverride } from './schema';

export interface ResolvedPolicy {
  municipality: Policy;
  units: ReadonlyMap<string, Policy>;
}

/** Thrown when a merged policy breaks a rule; `path` names the field, e.g. units.unit-0003.annual.intervalMonths. */
export class PolicyError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    this.name = 'PolicyError';
  }
}

/** Sections are merged one level deep; a follow-up plan is replaced as a whole (its fields depend on its mode). */
export function applyOverride(base: Policy, override: PolicyOverride): unknown {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? { ...current, ...value }
        : value;
  }
  return merged;
}

function validated(candidate: unknown, prefix: string[]): Policy {
  const result = ZPolicy.safeParse(candidate);
  if (result.success) return result.data;
  throw new PolicyError(result.error.issues.map((issue) => issueAt(issue, prefix)));
}

function issueAt(issue: z.core.$ZodIssue, prefix: string[]): { path: string; message: string } {
  return { path: [...prefix, ...issue.path.map(String)].join('.') || '(policy)', message: issue.message };
}

export function resolvePolicy(file: PolicyFile = {}): ResolvedPolicy {
  const { units = {}, ...own } = file;
  const municipality = validated(applyOverride(DEFAULT_POLICY, own), []);
  const resolved = new Map<string, Policy>();
  for (const [unitId, override] of Object.entries(units)) {
    resolved.set(unitId, validated(applyOverride(municipality, override), ['units', unitId]));
  }
  return { municipality, units: resolved };
}

/** The policy that applies to a unit: its own override if it has one, else the municipality's. */
export function policyForUnit(policy: ResolvedPolicy, unitId: string): Policy {
  return policy.units.get(unitId) ?? policy.municipality;
}
