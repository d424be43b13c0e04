import { osloDateOf } from '../core/calendar/oslo';
import type { Conversation } from '../core/conversation';
import type { DueItem } from '../core/due/types';
import { AppError } from '../core/errors';
import { ensureChecklists } from './checklist-view';
import { listConversations } from './conversations-repo';
import { listExemptionsOfPeople, toDueExemption } from './exemptions-repo';
import { lastOfKind, readPastConversations } from './past-conversations';
import type { SchedulingDeps } from './scheduling-deps';
import { checklistSummary, openActionCount, type ChecklistSummary } from './team-facts';
import { mostUrgent, teamDue } from './team-due';

export interface TeamMember {
  id: string;
  displayName: string;
  jobTitle: string;
  department: string | null;
  mail: string;
  startDate: string | null;
  /** the last day of employment: the directory's leave date, or one the leader recorded (000 5) */
  endDate: string | null;
  positionPercent: number | null;
  employeeType: string | null;
  /** date of the last annual medarbeidersamtale, or null when none is recorded */
  lastAnnualConversation: string | null;
  /** what to act on first: the most urgent conversation due (kind, due date, status, rule) */
  nextDue: Pick<DueItem, 'kind' | 'dueDate' | 'status' | 'rule' | 'number'> | null;
  /**
   * the next booked conversation with this person, whoever holds it; `conductor` is set when another leader
   * does (delegated, 002; or shared in a round, 003): the leader then sees that it is booked, not its content
   */
  nextBooked: {
    id: string;
    kind: Conversation['kind'];
    start: string;
    conductor: { id: string; displayName: string } | null;
  } | null;
  /** the last day of probation (aml. § 15-6), while it lasts */
  probationEnd: string | null;
  /** undone actions of the newest signed plans the leader conducted with this person */
  openActions: number;
  /** the onboarding or exit checklist (000 3-5), done of total */
  checklist: ChecklistSummary | null;
  /** exemptions in force (000: the recorded reason to skip a year) */
  exemptions: {
    id: string;
    kind: Conversation['kind'];
    year: number;
    by: 'leader' | 'employee';
    reason: string;
  }[];
}

/** The leader's direct reports with what the leader needs to see first; overdue first. */
export async function listMyTeam(
  deps: Pick<SchedulingDeps, 'directory' | 'store' | 'clock' | 'policyFor'>,
  input: { leaderId: string },
): Promise<TeamMember[]> {
  const reports = await deps.directory.listDirectReports(input.leaderId);
  if (reports.length === 0) throw new AppError('not-a-leader', `${input.leaderId} has no direct reports`);
  const now = deps.clock.now();
  const today = osloDateOf(now.toISOString());
  const thisYear = Number(today.slice(0, 4));
  const [rows, leader, exemptionsOf] = await Promise.all([
    Promise.all(
      reports.map(async (person) => {
        const [history, conversations, checklists] = await Promise.all([
          readPastConversations(deps.store, person.id),
          listConversations(deps.store, { employeeId: person.id }),
          ensureChecklists(deps, { person, actorId: input.leaderId, now, today }),
        ]);
        const mine = conversations.filter((c) => c.conductorId === input.leaderId);
        return {
          person,
          history,
          conversations,
          checklists,
          openActions: await openActionCount(deps.store, mine),
        };
      }),
    ),
    deps.directory.getPerson(input.leaderId),
    // the years a leader can record (record-exemption.ts): older ones no longer change what is due
    listExemptionsOfPeople(
      deps.store,
      reports.map((r) => r.id),
      [thisYear - 1, thisYear, thisYear + 1],
    ),
  ]);
  const booked = rows.flatMap((r) =>
    r.conversations.filter((c) => c.status === 'booked' && Date.parse(c.end) > now.getTime()),
  );
  const recordedEnd = new Map(
    rows.flatMap((r) =>
      r.checklists
        .filter((l) => l.header.value.kind === 'exit' && l.header.value.dateSource === 'leader')
        .map((l) => [r.person.id, l.header.value.date] as const),
    ),
  );
  const active = [...exemptionsOf.values()].flat().flatMap((e) => toDueExemption(e.value));
  const due = teamDue({
    leaderId: input.leaderId,
    reports,
    history: rows.flatMap((r) => r.history),
    booked,
    policy: await deps.policyFor(leader?.department ?? null),
    today,
    exemptions: active,
    endDates: recordedEnd,
  });
  const conductors = await conductorNames(deps, booked, input.leaderId);
  const members = rows.map(({ person, history, checklists, openActions }): TeamMember => {
    const exemptions = exemptionsOf.get(person.id) ?? [];
    const personDue = due.get(person.id);
    const next = mostUrgent(personDue?.items ?? []);
    const nextBooked = booked
      .filter((c) => c.employeeId === person.id)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
    return {
      id: person.id,
      displayName: person.displayName,
      jobTitle: person.jobTitle,
      department: person.department,
      mail: person.mail,
      startDate: person.startDate,
      endDate: person.endDate ?? recordedEnd.get(person.id) ?? null,
      positionPercent: person.positionPercent,
      employeeType: person.employeeType,
      lastAnnualConversation: lastOfKind(history, 'annual'),
      nextDue: next
        ? {
            kind: next.kind,
            dueDate: next.dueDate,
            status: next.status,
            rule: next.rule,
            number: next.number,
          }
        : null,
      nextBooked: nextBooked
        ? {
            id: nextBooked.id,
            kind: nextBooked.kind,
            start: nextBooked.start,
            conductor:
              nextBooked.conductorId === input.leaderId
                ? null
                : (conductors.get(nextBooked.conductorId) ?? null),
          }
        : null,
      probationEnd: personDue?.probation?.end ?? null,
      openActions,
      checklist: checklistSummary(checklists, today),
      exemptions: exemptions
        .filter((e) => !e.value.withdrawn)
        .map(({ value: e }) => ({ id: e.id, kind: e.kind, year: e.year, by: e.by, reason: e.reason })),
    };
  });
  return members.sort(byUrgency);
}

/** who holds the team's conversations that the leader does not (a few at most) */
async function conductorNames(
  deps: Pick<SchedulingDeps, 'directory'>,
  booked: Conversation[],
  leaderId: string,
): Promise<Map<string, { id: string; displayName: string }>> {
  const ids = [...new Set(booked.map((c) => c.conductorId).filter((id) => id !== leaderId))];
  const people = await Promise.all(ids.map((id) => deps.directory.getPerson(id)));
  return new Map(
    people.flatMap((p) => (p ? [[p.id, { id: p.id, displayName: p.displayName }] as const] : [])),
  );
}

const ORDER = { overdue: 0, due: 1, upcoming: 2, offered: 3, exempt: 4 } as const;

/** the status first (overdue before due ...), then the earliest deadline, then the name */
function byUrgency(a: TeamMember, b: TeamMember): number {
  const rank = (m: TeamMember) => (m.nextDue ? ORDER[m.nextDue.status] : 5);
  const deadline = (m: TeamMember) => m.nextDue?.dueDate ?? '';
  return (
    rank(a) - rank(b) ||
    deadline(a).localeCompare(deadline(b)) ||
    a.displayName.localeCompare(b.displayName, 'nb')
  );
}
