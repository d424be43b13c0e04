// Ticking one item off (or back on): who did it and when, under the item's own version, so two items ticked
// in two tabs never clash and the same item ticked twice is told, not overwritten.
import { z } from 'zod';
import { osloDateOf } from '../core/calendar/oslo';
import {
  APPOINT_MENTOR_ITEM,
  mentorMissing,
  ZChecklistKind,
  type ChecklistKind,
} from '../core/checklists/person-checklist';
import { AppError } from '../core/errors';
import { requireReportOf } from './access';
import { checklistView, type ChecklistView } from './checklist-view';
import { getChecklist, indexChecklist, saveChecklistItem } from './checklists-repo';
import type { ChecklistDeps } from './open-checklists';

export const ZTickInput = z.object({ done: z.boolean() }).strict();

export async function tickChecklistItem(
  deps: ChecklistDeps,
  input: {
    leaderId: string;
    personId: string;
    kind: ChecklistKind;
    itemId: string;
    done: boolean;
    /** the item's version the leader saw (If-Match) */
    etag: string;
  },
): Promise<ChecklistView> {
  const kind = ZChecklistKind.parse(input.kind);
  await requireReportOf(deps.directory, input.leaderId, input.personId);
  const list = await getChecklist(deps.store, input.personId, kind);
  const item = list?.items.find((i) => i.value.id === input.itemId);
  if (!list || !item) throw new AppError('not-found', `${input.personId}/${kind}/${input.itemId}`);
  // 000 3 / SFS 2213: for a newly qualified teacher the mentor is not optional; the item is done by naming one
  if (input.done && input.itemId === APPOINT_MENTOR_ITEM && mentorMissing(list.header.value))
    throw new AppError('bad-request', 'name the mentor to tick this item', 'body.mentorId');
  const now = deps.clock.now();
  const today = osloDateOf(now.toISOString());
  if (item.etag !== input.etag) throw new AppError('conflict', 'the item changed since it was read');
  if (Boolean(item.value.done) !== input.done) {
    const actor = input.done ? await deps.directory.getPerson(input.leaderId) : null;
    await saveChecklistItem(
      deps.store,
      input.personId,
      kind,
      {
        ...item.value,
        done: input.done
          ? { by: input.leaderId, byName: actor?.displayName ?? '', at: now.toISOString() }
          : null,
      },
      item.etag,
    );
  }
  const stored = await getChecklist(deps.store, input.personId, kind);
  if (!stored) throw new AppError('not-found', `${input.personId}/${kind}`);
  await indexChecklist(deps.store, stored, today);
  return checklistView(stored, today);
}
