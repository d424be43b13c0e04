// A leader starts a list by hand: an onboarding list outside the span it appears in by itself (the
// introduction may start when the contract is signed, 000 1), or an exit list with the last day the leader
// records where the directory has none (000 5).
import { z } from 'zod';
import { dayOf } from '../core/calendar/days';
import { osloDateOf } from '../core/calendar/oslo';
import {
  mayStart,
  newItems,
  plannedItems,
  ZChecklistOptions,
  type ChecklistOptions,
} from '../core/checklists/person-checklist';
import { AppError } from '../core/errors';
import { ZIsoDate } from '../core/org';
import { requireReportOf } from './access';
import { checklistView, directoryDate, type ChecklistView } from './checklist-view';
import { getChecklist, insertChecklist } from './checklists-repo';
import type { ChecklistDeps } from './open-checklists';

export const ZStartChecklistInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('onboarding'),
    mentorId: z.string().uuid().nullable().default(null),
    newlyQualifiedTeacher: z.boolean().default(false),
    newLeader: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('exit'),
    /** the last day of employment; only where the directory has none (its date wins) */
    endDate: ZIsoDate.refine((d) => safeDay(d), 'not a calendar date').optional(),
  }),
]);
export type StartChecklistInput = z.infer<typeof ZStartChecklistInput>;

function safeDay(date: string): boolean {
  try {
    dayOf(date);
    return true;
  } catch {
    return false;
  }
}

/** Starting a list that exists returns it (a double click, a second tab): nothing is reset. */
export async function startChecklist(
  deps: ChecklistDeps,
  input: StartChecklistInput & { leaderId: string; personId: string },
): Promise<ChecklistView> {
  const person = await requireReportOf(deps.directory, input.leaderId, input.personId);
  const now = deps.clock.now();
  const today = osloDateOf(now.toISOString());
  const existing = await getChecklist(deps.store, person.id, input.kind);
  if (existing) return checklistView(existing, today);

  const fromDirectory = directoryDate(person, input.kind);
  const date = fromDirectory ?? (input.kind === 'exit' ? input.endDate : undefined);
  if (!date) {
    throw input.kind === 'exit'
      ? new AppError('bad-request', 'no leave date in the directory: give the last day', 'body.endDate')
      : new AppError('bad-request', 'the directory has no start date for this person', 'body.kind');
  }
  if (!mayStart(input.kind, date, today))
    throw new AppError('bad-request', `a ${input.kind} list counted from ${date} is over`, 'body.kind');

  const options: ChecklistOptions = { mentor: null, newlyQualifiedTeacher: false, newLeader: false };
  if (input.kind === 'onboarding') {
    options.newlyQualifiedTeacher = input.newlyQualifiedTeacher;
    options.newLeader = input.newLeader;
    if (input.mentorId) options.mentor = await mentorOf(deps, input.leaderId, person.id, input.mentorId);
  }
  const at = now.toISOString();
  const stored = await insertChecklist(
    deps.store,
    {
      ...ZChecklistOptions.parse(options),
      personId: person.id,
      kind: input.kind,
      date,
      dateSource: fromDirectory ? 'directory' : 'leader',
      createdAt: at,
      createdBy: input.leaderId,
      updatedAt: at,
      updatedBy: input.leaderId,
    },
    newItems(plannedItems(input.kind, date, options)),
    today,
  );
  return checklistView(stored, today);
}

/** A fadder is one of the leader's own people (000 2: "Nærmeste leder kan utpeke en fadder"), not the hire. */
export async function mentorOf(
  deps: ChecklistDeps,
  leaderId: string,
  personId: string,
  mentorId: string,
): Promise<{ id: string; displayName: string }> {
  if (mentorId === personId) throw new AppError('bad-request', 'nobody is their own mentor', 'body.mentorId');
  const team = await deps.directory.listDirectReports(leaderId);
  const mentor = team.find((p) => p.id === mentorId);
  if (!mentor) throw new AppError('bad-request', `${mentorId} is not in the leader's team`, 'body.mentorId');
  return { id: mentor.id, displayName: mentor.displayName };
}
