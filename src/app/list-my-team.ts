import { osloDateOf } from '../core/calendar/oslo';
import type { Conversation } from '../core/conversation';
import type { DueItem } from '../core/due/types';
import { AppError } from '../core/errors';
import { listConversations } from './conversations-repo';
import { lastOfKind, readPastConversations } from './past-conversations';
import type { SchedulingDeps } from './scheduling-deps';
import { mostUrgent, teamDue } from './team-due';

export interface TeamMember {
  id: string;
  displayName: string;
  jobTitle: string;
  department: string | null;
  mail: string;
  startDate: string | null;
  positionPercent: number | null;
  employeeType: string | null;
  /** date of the last annual medarbeidersamtale, or null when none is recorded */
  lastAnnualConversation: string | null;
  /** what to act on first: the most urgent conversation due (kind, due date, status, rule) */
  nextDue: Pick<DueItem, 'kind' | 'dueDate' | 'status' | 'rule' | 'number'> | null;
  /** the next booked conversation with this person, if any */
  nextBooked: { id: string; kind: Conversation['kind']; start: string } | null;
  /** the last day of probation (aml. § 15-6), while it lasts */
  probationEnd: string | null;
}

/** The leader's direct reports with what the leader needs to see first; overdue first. */
export async function listMyTeam(
  deps: Pick<SchedulingDeps, 'directory' | 'store' | 'clock' | 'policyFor'>,
  input: { leaderId: string },
): Promise<TeamMember[]> {
  const reports = await deps.directory.listDirectReports(input.leaderId);
  if (reports.length === 0) throw new AppError('not-a-leader', `${input.leaderId} has no direct reports`);
  const now = deps.clock.now();
  const [histories, conducting, leader] = await Promise.all([
    Promise.all(reports.map((r) => readPastConversations(deps.store, r.id))),
    listConversations(deps.store, { conductorId: input.leaderId }),
    deps.directory.getPerson(input.leaderId),
  ]);
  const booked = conducting.filter((c) => c.status === 'booked' && Date.parse(c.end) > now.getTime());
  const due = teamDue({
    leaderId: input.leaderId,
    reports,
    history: histories.flat(),
    booked,
    policy: await deps.policyFor(leader?.department ?? null),
    today: osloDateOf(now.toISOString()),
  });
  const members = reports.map((person, i): TeamMember => {
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
      positionPercent: person.positionPercent,
      employeeType: person.employeeType,
      lastAnnualConversation: lastOfKind(histories[i] ?? [], 'annual'),
      nextDue: next
        ? {
            kind: next.kind,
            dueDate: next.dueDate,
            status: next.status,
            rule: next.rule,
            number: next.number,
          }
        : null,
      nextBooked: nextBooked ? { id: nextBooked.id, kind: nextBooked.kind, start: nextBooked.start } : null,
      probationEnd: personDue?.probation?.end ?? null,
    };
  });
  return members.sort(byUrgency);
}

const ORDER = { overdue: 0, due: 1, upcoming: 2, offered: 3, exempt: 4 } as const;

function byUrgency(a: TeamMember, b: TeamMember): number {
  const rank = (m: TeamMember) => (m.nextDue ? ORDER[m.nextDue.status] : 5);
  return rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, 'nb');
}
