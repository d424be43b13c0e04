// The due list for a leader's team, from what the directory knows of each person. Where the tenant does not
// carry an employment term, the rule that protects the employee applies: an unknown position percentage
// counts as full time (the conversation is required), an unknown employee type as permanent.
import type { Conversation } from '../core/conversation';
import { osloDateOf } from '../core/calendar/oslo';
import { computeDueList } from '../core/due/due-list';
import type { Exemption } from '../core/due/inputs';
import type { DueItem, DuePerson } from '../core/due/types';
import type { PastConversation, Person } from '../core/org';
import type { Policy } from '../core/policy/schema';
import type { DirectoryPerson } from '../ports/directory';

export function teamDue(input: {
  leaderId: string;
  reports: DirectoryPerson[];
  history: PastConversation[];
  booked: Conversation[];
  policy: Policy;
  today: string;
  /** recorded exemptions (000: a reason to skip), withdrawn ones left out by the caller */
  exemptions?: Exemption[];
  /** last days the leader recorded where the directory has none (exit checklists) */
  endDates?: ReadonlyMap<string, string>;
}): Map<string, DuePerson> {
  const people: Person[] = input.reports.flatMap((r) =>
    // without a start date nothing can be counted from it; the person shows without a due item
    r.startDate
      ? [
          {
            id: r.id,
            employeeNumber: r.employeeNumber ?? r.id,
            givenName: r.givenName,
            surname: r.surname,
            displayName: r.displayName,
            mail: r.mail,
            jobTitle: r.jobTitle,
            unitId: r.department ?? 'unknown',
            managerId: input.leaderId,
            positionPercent: r.positionPercent ?? 100,
            employmentType: r.employeeType === 'temporary' ? 'temporary' : 'permanent',
            startDate: r.startDate,
            // the directory's leave date, or one the leader recorded on the exit checklist (000 5)
            endDate: r.endDate ?? input.endDates?.get(r.id) ?? null,
            preferredLanguage: 'nb',
            roles: ['employee'],
          } satisfies Person,
        ]
      : [],
  );
  const due = computeDueList({
    today: input.today,
    people,
    history: input.history,
    planned: input.booked.map((c) => ({ personId: c.employeeId, kind: c.kind, date: osloDateOf(c.start) })),
    exemptions: input.exemptions ?? [],
    policy: { municipality: input.policy, units: new Map() },
  });
  return new Map(due.map((d) => [d.personId, d]));
}

const URGENCY: Record<DueItem['status'], number> = { overdue: 0, due: 1, upcoming: 2, offered: 3, exempt: 4 };

/** The item a leader should act on first: the most urgent status, then the earliest due date. */
export function mostUrgent(items: readonly DueItem[]): DueItem | null {
  return (
    [...items].sort(
      (a, b) => URGENCY[a.status] - URGENCY[b.status] || a.dueDate.localeCompare(b.dueDate),
    )[0] ?? null
  );
}
