// The compliance report (DESIGN §1, §2.10): per unit and period, how many were owed the annual conversation
// and how many had it — 000: "Alle ledere ... er ansvarlig for at sine medarbeidere får medarbeidersamtaler
// minst en gang pr. år". The definitions of each column are in compliance-person.ts. Only counts: no names.
import { osloDateOf } from '../calendar/oslo';
import type { Conversation } from '../conversation';
import type { PastConversation, Unit } from '../org';
import { policyForUnit, type ResolvedPolicy } from '../policy/resolve';
import type { Policy } from '../policy/schema';
import { standingOf, type PersonRecords, type ReportExemption, type ReportPerson } from './compliance-person';
import { yearsOf, type ReportPeriod } from './period';

export type { ReportPerson, ReportExemption } from './compliance-person';
export type ReportConversation = Pick<Conversation, 'employeeId' | 'kind' | 'status' | 'start'>;

export interface ComplianceInput {
  people: readonly ReportPerson[];
  units: readonly Pick<Unit, 'id' | 'name'>[];
  /** held conversations; those before the period decide when the next one fell due */
  history: readonly PastConversation[];
  /** booked conversations (any status; cancelled ones are left out here) */
  conversations: readonly ReportConversation[];
  exemptions?: readonly ReportExemption[];
  /** the resolved policy file, or the policy of a unit by its id */
  policy: ResolvedPolicy | ((unitId: string) => Policy);
  period: ReportPeriod;
}

export interface ComplianceCounts {
  required: number;
  had: number;
  booked: number;
  notBooked: number;
  exempt: number;
  /** offered, not required (002 2) */
  offered: number;
  /** of the offered, those who had one in the period */
  offeredHad: number;
}

export interface UnitCompliance extends ComplianceCounts {
  unitId: string;
  unitName: string;
}

export interface ComplianceReport {
  period: ReportPeriod;
  /** every unit given, and any unit a person belongs to, by name */
  units: UnitCompliance[];
  /** the municipality as a whole */
  total: ComplianceCounts;
}

const zero = (): ComplianceCounts => ({
  required: 0,
  had: 0,
  booked: 0,
  notBooked: 0,
  exempt: 0,
  offered: 0,
  offeredHad: 0,
});

function groupBy<T, R>(rows: readonly T[], key: (row: T) => string, map: (row: T) => R): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(map(row));
    else groups.set(key(row), [map(row)]);
  }
  return groups;
}

const NONE: never[] = [];

export function complianceReport(input: ComplianceInput): ComplianceReport {
  const { period } = input;
  const years = yearsOf(period);
  const resolve = input.policy;
  const policyOf =
    typeof resolve === 'function' ? resolve : (unitId: string) => policyForUnit(resolve, unitId);
  const history = groupBy(
    input.history,
    (h) => h.personId,
    (h) => h,
  );
  const booked = groupBy(
    input.conversations.filter((c) => c.kind === 'annual' && c.status !== 'cancelled'),
    (c) => c.employeeId,
    (c) => osloDateOf(c.start),
  );
  const exemptions = groupBy(
    input.exemptions ?? NONE,
    (e) => e.personId,
    (e) => e,
  );

  const rows = new Map<string, UnitCompliance>();
  const rowOf = (unitId: string, unitName: string) => {
    let row = rows.get(unitId);
    if (!row) rows.set(unitId, (row = { unitId, unitName, ...zero() }));
    return row;
  };
  for (const unit of input.units) rowOf(unit.id, unit.name);
  const total = zero();
  const policies = new Map<string, Policy>();
  for (const person of input.people) {
    let policy = policies.get(person.unitId);
    if (!policy) policies.set(person.unitId, (policy = policyOf(person.unitId)));
    const records: PersonRecords = {
      history: history.get(person.id) ?? NONE,
      bookedDates: booked.get(person.id) ?? NONE,
      exemptions: exemptions.get(person.id) ?? NONE,
    };
    const standing = standingOf(person, records, policy, period, years);
    if (!standing) continue;
    const row = rowOf(person.unitId, person.unitId);
    for (const counts of [row, total]) {
      if (standing.scope === 'offered') {
        counts.offered++;
        if (standing.had) counts.offeredHad++;
      } else {
        counts.required++;
        counts[standing.outcome]++;
      }
    }
  }
  const units = [...rows.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'nb'));
  return { period, units, total };
}
