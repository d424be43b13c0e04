// The due list (DESIGN.md §2.1): people + history + absences + exemptions + policy + today → per person
// the conversations due, each with its status and rule. One pass over the people; the records of each
// person are grouped in maps first, so 50,000 people cost a few Map lookups each.
import { dayOf } from '../calendar/days';
import type { IsoDate, PastConversation, Person } from '../org';
import { policyForUnit, type ResolvedPolicy } from '../policy/resolve';
import type { Absence, Exemption, PlannedConversation } from './inputs';
import { dueForPerson, type PersonRecords } from './person-due';
import type { DuePerson } from './types';

export interface DueListInput {
  today: IsoDate;
  people: Person[];
  history: PastConversation[];
  absences?: Absence[];
  exemptions?: Exemption[];
  /** booked conversations not yet held: a booked probation follow-up silences the evaluation warning */
  planned?: PlannedConversation[];
  policy: ResolvedPolicy;
}

const NONE: never[] = [];

function groupBy<T extends { personId: string }, R>(rows: T[], map: (row: T) => R): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const list = groups.get(row.personId);
    if (list) list.push(map(row));
    else groups.set(row.personId, [map(row)]);
  }
  return groups;
}

/** Everyone with a leader who is still employed on `today` (or starts later), in the order of `people`. */
export function computeDueList(input: DueListInput): DuePerson[] {
  const today = dayOf(input.today);
  const history = groupBy(input.history, (h) => h);
  const absences = groupBy(input.absences ?? [], (a) => ({
    from: dayOf(a.from),
    to: dayOf(a.to),
    extends: a.writtenNoticeGiven && !a.employerCaused,
  }));
  const exemptions = groupBy(input.exemptions ?? [], (e) => e);
  const planned = groupBy(
    (input.planned ?? []).filter((p) => p.kind === 'probation-followup'),
    (p) => dayOf(p.date),
  );
  const result: DuePerson[] = [];
  for (const person of input.people) {
    // the top of the tree (kommunedirektør) has no leader in the directory: that conversation is held with
    // the mayor, outside the product, so no leader here could act on it
    if (person.managerId === null) continue;
    const records: PersonRecords = {
      history: history.get(person.id) ?? NONE,
      absences: absences.get(person.id) ?? NONE,
      exemptions: exemptions.get(person.id) ?? NONE,
      plannedFollowUps: planned.get(person.id) ?? NONE,
    };
    const due = dueForPerson(person, records, policyForUnit(input.policy, person.unitId), today, input.today);
    if (due) result.push(due);
  }
  return result;
}
