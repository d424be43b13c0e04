import { AppError } from '../core/errors';
import type { Directory, DirectoryPerson } from '../ports/directory';
import type { Store } from '../ports/store';
import { lastOfKind, readPastConversations } from './past-conversations';

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
}

/** The leader's direct reports with what the leader needs to see first. */
export async function listMyTeam(
  deps: { directory: Directory; store: Store },
  input: { leaderId: string },
): Promise<TeamMember[]> {
  const reports = await deps.directory.listDirectReports(input.leaderId);
  if (reports.length === 0) throw new AppError('not-a-leader', `${input.leaderId} has no direct reports`);
  const members = await Promise.all(reports.map((person) => withHistory(deps.store, person)));
  return members.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
}

async function withHistory(store: Store, person: DirectoryPerson): Promise<TeamMember> {
  const history = await readPastConversations(store, person.id);
  return {
    id: person.id,
    displayName: person.displayName,
    jobTitle: person.jobTitle,
    department: person.department,
    mail: person.mail,
    startDate: person.startDate,
    positionPercent: person.positionPercent,
    employeeType: person.employeeType,
    lastAnnualConversation: lastOfKind(history, 'annual'),
  };
}
