// How the checklist page lays a list out: items under their phase (000 3: before the start, 000 4: the
// first day and week, 000 5: before the last day), in the list's own order (deadline, then the seed's).
import type { ChecklistItem } from '../api/checklists';

export interface PhaseGroup {
  phase: ChecklistItem['phase'];
  items: ChecklistItem[];
}

export function groupByPhase(items: readonly ChecklistItem[]): PhaseGroup[] {
  const groups: PhaseGroup[] = [];
  for (const item of items) {
    const group = groups.find((g) => g.phase === item.phase);
    if (group) group.items.push(item);
    else groups.push({ phase: item.phase, items: [item] });
  }
  return groups;
}

/** 000 3 / SFS 2213: the mentor item is done by naming one, so it cannot be ticked while one is missing */
export function mustNameMentorFirst(
  list: { mentorMissing: boolean },
  item: Pick<ChecklistItem, 'id'>,
  done: boolean,
): boolean {
  return done && item.id === 'appoint-mentor' && list.mentorMissing;
}
