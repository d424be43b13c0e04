// The directory's people as the reports count them. The directory's `department` is the unit (its name);
// what the tenant does not carry is read the way that keeps people in the count rather than out of it.
import type { ReportPerson } from '../core/reports/compliance';
import type { Policy } from '../core/policy/schema';
import type { Directory, DirectoryPerson } from '../ports/directory';

/** the unit of people whose directory entry has no department */
export const NO_UNIT = 'Uten enhet';
/** an unknown start date: counted as employed long enough to be due */
const LONG_AGO = '1900-01-01';

export function unitOf(person: DirectoryPerson): string {
  return person.department?.trim() || NO_UNIT;
}

export function toReportPerson(person: DirectoryPerson): ReportPerson {
  return {
    id: person.id,
    unitId: unitOf(person),
    // a tenant without the percentage attribute: everyone counts as required; dropping them would make
    // the report look better than it is
    positionPercent: person.positionPercent ?? 100,
    employmentType: /^(temporary|midlertidig)/i.test(person.employeeType ?? '') ? 'temporary' : 'permanent',
    startDate: person.startDate ?? LONG_AGO,
    // the directory holds the people employed now (those who left are no longer in it), with the last day
    // of those who are leaving when HR has set it (employeeLeaveDateTime)
    endDate: person.endDate,
  };
}

export interface ReportDeps {
  directory: Directory;
  /** the policy that applies to a unit (by name), as the scheduling use cases get it */
  policyFor(unitName: string | null): Promise<Policy>;
}

/** everyone in the directory, and the policy of each of their units */
export async function peopleAndPolicies(deps: ReportDeps) {
  const people = (await deps.directory.listPeople()).map(toReportPerson);
  const names = [...new Set(people.map((p) => p.unitId))];
  const policies = new Map<string, Policy>();
  await Promise.all(names.map(async (name) => policies.set(name, await deps.policyFor(name))));
  return { people, names, policies };
}
