// The leader's page for one person's checklists (000 3-5): the lists there are (those that appear by
// themselves are made first), which ones the leader could start now, and who could be the mentor.
import { osloDateOf } from '../core/calendar/oslo';
import { mayStart, type ChecklistKind } from '../core/checklists/person-checklist';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';
import { requireReportOf } from './access';
import { checklistView, directoryDate, ensureChecklists, type ChecklistView } from './checklist-view';

export interface ChecklistDeps {
  directory: Directory;
  store: Store;
  clock: Clock;
}

export interface StartableChecklist {
  kind: ChecklistKind;
  /** the directory's date it would count from; null: the leader gives one (an exit without a leave date) */
  date: string | null;
}

export interface PersonChecklists {
  person: {
    id: string;
    displayName: string;
    jobTitle: string;
    startDate: string | null;
    endDate: string | null;
  };
  checklists: ChecklistView[];
  startable: StartableChecklist[];
  /** colleagues who could be the fadder: the leader's other direct reports (000 2) */
  mentorCandidates: { id: string; displayName: string; jobTitle: string }[];
}

export async function openChecklists(
  deps: ChecklistDeps,
  input: { leaderId: string; personId: string },
): Promise<PersonChecklists> {
  const person = await requireReportOf(deps.directory, input.leaderId, input.personId);
  const now = deps.clock.now();
  const today = osloDateOf(now.toISOString());
  const [lists, team] = await Promise.all([
    ensureChecklists(deps, { person, actorId: input.leaderId, now, today }),
    deps.directory.listDirectReports(input.leaderId),
  ]);
  const has = (kind: ChecklistKind) => lists.some((l) => l.header.value.kind === kind);
  const startable: StartableChecklist[] = [];
  if (!has('onboarding') && person.startDate && mayStart('onboarding', person.startDate, today))
    startable.push({ kind: 'onboarding', date: person.startDate });
  // an exit list can always be started: without the directory's leave date the leader records the last day
  const leaveDate = directoryDate(person, 'exit');
  if (!has('exit') && (leaveDate === null || mayStart('exit', leaveDate, today)))
    startable.push({ kind: 'exit', date: leaveDate });
  return {
    person: {
      id: person.id,
      displayName: person.displayName,
      jobTitle: person.jobTitle,
      startDate: person.startDate,
      endDate: person.endDate,
    },
    checklists: lists.map((list) => checklistView(list, today)),
    startable,
    mentorCandidates: team
      .filter((p) => p.id !== person.id)
      .map((p) => ({ id: p.id, displayName: p.displayName, jobTitle: p.jobTitle }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb')),
  };
}
