// The due list: per person, the conversations due, each with its window, status and the rule behind it.
import type { ConversationKind, IsoDate } from '../org';
import type { Exemption } from './inputs';
import type { RuleId } from './rules';

/**
 * overdue: the due date has passed; due: inside the window now; upcoming: the window opens later;
 * offered: not required (under the minimum %, or a temporary when policy says offered; 002);
 * exempt: a recorded exemption covers it.
 */
export type DueStatus = 'overdue' | 'due' | 'upcoming' | 'offered' | 'exempt';

export interface DueWindow {
  from: IsoDate;
  to: IsoDate;
}

export interface DueItem {
  kind: ConversationKind;
  /** the last day to hold it without being late; the end of the window */
  dueDate: IsoDate;
  window: DueWindow;
  status: DueStatus;
  /** why this item exists; texts and seed citations in rules.ts */
  rule: RuleId;
  /** for probation follow-ups: 1 for the one after 4 weeks, then 2, 3 … */
  number?: number;
  exemption?: Exemption;
  /** annual only: none has been held since the start date, so it is due one interval after starting */
  neverHeld?: boolean;
}

export interface ProbationInfo {
  start: IsoDate;
  /** the last day of probation as agreed (§ 15-6 (1)) */
  plannedEnd: IsoDate;
  /** the last day after extension by absence (§ 15-6 (4)); equals plannedEnd without one */
  end: IsoDate;
  extendedByDays: number;
  /** absence days that could not extend probation (no written notice, or caused by the employer) */
  absenceDaysNotCounted: number;
}

export type DueWarningCode = 'probation-ends-without-evaluation' | 'absence-without-written-notice';

export interface DueWarning {
  code: DueWarningCode;
  rule: RuleId;
}

export interface DuePerson {
  personId: string;
  managerId: string | null;
  unitId: string;
  items: DueItem[];
  probation?: ProbationInfo;
  warnings: DueWarning[];
}
