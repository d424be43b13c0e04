// The facts of one team row beyond the due list: how many agreed actions are still open, and how far the
// person's onboarding or exit checklist has come. Counts only: the overview shows no content.
import { checklistProgress, type ChecklistKind } from '../core/checklists/person-checklist';
import type { Conversation } from '../core/conversation';
import { isFullyApproved } from '../core/referat/approval';
import type { Store } from '../ports/store';
import { listActionStatuses } from './action-status-repo';
import type { StoredChecklist } from './checklists-repo';
import { getReferat } from './referats-repo';

/**
 * Undone actions of the newest plan of each kind both have signed (002: that plan is what the next
 * conversation follows up; an older one was followed up by the newer). Only conversations the leader
 * conducts: a delegated one's plan belongs to its conductor (DESIGN §6).
 */
export async function openActionCount(store: Store, conducted: Conversation[]): Promise<number> {
  // newest first; a plan is only signed after its meeting, so the start orders the plans
  const past = conducted
    .filter((c) => c.status === 'booked')
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  const seen = new Set<Conversation['kind']>();
  let open = 0;
  for (const conversation of past) {
    if (seen.has(conversation.kind)) continue;
    const referat = await getReferat(store, conversation.id);
    if (!referat || !isFullyApproved(referat.value)) continue;
    seen.add(conversation.kind);
    const statuses = await listActionStatuses(store, conversation.id);
    open += referat.value.actions.filter((a) => !statuses.get(a.id)?.value.done).length;
  }
  return open;
}

export interface ChecklistSummary {
  kind: ChecklistKind;
  done: number;
  total: number;
  overdue: number;
}

/** The list a leader should see in the row: one with undone items (the soonest deadline), else the newest. */
export function checklistSummary(lists: StoredChecklist[], today: string): ChecklistSummary | null {
  const summaries = lists.map((list) => ({
    kind: list.header.value.kind,
    date: list.header.value.date,
    ...checklistProgress(
      list.items.map((i) => i.value),
      today,
    ),
  }));
  const open = summaries
    .filter((s) => s.nextDeadline !== null)
    .sort((a, b) => (a.nextDeadline ?? '').localeCompare(b.nextDeadline ?? ''));
  const chosen = open[0] ?? summaries.sort((a, b) => b.date.localeCompare(a.date))[0];
  return chosen
    ? { kind: chosen.kind, done: chosen.done, total: chosen.total, overdue: chosen.overdue }
    : null;
}
