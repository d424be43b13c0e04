// Onboarding and exit checklists (seed 000 sections 3-5): items with a responsible role and a deadline.
import type { IsoDate, Language } from '../org';

/** who sees to an item; the seed makes the nearest leader answerable for all of them ("Ansvar: Nærmeste leder") */
export type ChecklistRole = 'leader' | 'mentor' | 'it' | 'hr' | 'archive';

/**
 * before-start: 000 3, "-2 uker" / "-1 uke"; day-1 and week-1: 000 4, "1. dag" / "I løpet av 1. uke";
 * exit: 000 5 (the seed gives no deadlines there; ours are in exit-items.ts).
 */
export type ChecklistPhase = 'before-start' | 'day-1' | 'week-1' | 'exit';

export type ChecklistText = Record<Language, string>;

export interface ChecklistItemDefinition {
  id: string;
  phase: ChecklistPhase;
  /** before-start and exit: days relative to the start or last day (-14 = two weeks before) */
  offsetDays?: number;
  responsible: ChecklistRole;
  /** the service the item goes to or involves, e.g. IT for blocking access */
  involves?: ChecklistRole;
  /** 000 2: a fadder may take this over when one is named for the hire */
  mentorMayTake?: boolean;
  /** 000 4: "Ev. møte med personalsjef for nye ledere" */
  onlyForNewLeader?: boolean;
  text: ChecklistText;
  source: string;
}

export interface ChecklistItem {
  id: string;
  phase: ChecklistPhase;
  responsible: ChecklistRole;
  involves?: ChecklistRole;
  deadline: IsoDate;
  text: ChecklistText;
  source: string;
}
