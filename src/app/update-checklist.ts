// A leader changes a list: names or changes the mentor, marks a newly qualified teacher or a new leader, or
// moves the last day they recorded. Items follow the new plan; what was done stays done.
import { z } from 'zod';
import { osloDateOf } from '../core/calendar/oslo';
import { ZChecklistKind, type ChecklistKind } from '../core/checklists/person-checklist';
import { AppError } from '../core/errors';
import { ZIsoDate } from '../core/org';
import { requireReportOf } from './access';
import { checklistView, type ChecklistView } from './checklist-view';
import { getChecklist } from './checklists-repo';
import type { ChecklistDeps } from './open-checklists';
import { replanChecklist, type ChecklistChange } from './replan-checklist';
import { mentorOf } from './start-checklist';

export const ZUpdateChecklistInput = z
  .object({
    mentorId: z.string().uuid().nullable().optional(),
    newlyQualifiedTeacher: z.boolean().optional(),
    newLeader: z.boolean().optional(),
    /** exit lists only, and only a date the leader recorded: the directory's date is HR's */
    endDate: ZIsoDate.optional(),
  })
  .strict();
export type UpdateChecklistInput = z.infer<typeof ZUpdateChecklistInput>;

export async function updateChecklist(
  deps: ChecklistDeps,
  input: UpdateChecklistInput & {
    leaderId: string;
    personId: string;
    kind: ChecklistKind;
    /** the list's version the leader saw (If-Match) */
    etag: string;
  },
): Promise<ChecklistView> {
  const kind = ZChecklistKind.parse(input.kind);
  await requireReportOf(deps.directory, input.leaderId, input.personId);
  const list = await getChecklist(deps.store, input.personId, kind);
  if (!list) throw new AppError('not-found', `${input.personId} has no ${kind} list`);
  if (list.header.etag !== input.etag) throw new AppError('conflict', 'the list changed since it was read');
  const change: ChecklistChange = { options: {} };
  if (kind === 'exit' && (input.mentorId || input.newLeader || input.newlyQualifiedTeacher))
    throw new AppError('bad-request', 'an exit list has no mentor or new-leader items', 'body');
  if (input.mentorId !== undefined) {
    change.options!.mentor =
      input.mentorId === null ? null : await mentorOf(deps, input.leaderId, input.personId, input.mentorId);
  }
  if (input.newlyQualifiedTeacher !== undefined)
    change.options!.newlyQualifiedTeacher = input.newlyQualifiedTeacher;
  if (input.newLeader !== undefined) change.options!.newLeader = input.newLeader;
  if (input.endDate !== undefined) {
    if (kind !== 'exit' || list.header.value.dateSource !== 'leader')
      throw new AppError('bad-request', "only an exit list's recorded last day can be moved", 'body.endDate');
    change.date = input.endDate;
  }
  const actor = await deps.directory.getPerson(input.leaderId);
  const now = deps.clock.now();
  const today = osloDateOf(now.toISOString());
  const stored = await replanChecklist(
    deps.store,
    list,
    change,
    { id: input.leaderId, displayName: actor?.displayName ?? '' },
    now,
    today,
  );
  return checklistView(stored, today);
}
