// One person's checklist as the product keeps it: the seed's items for a new hire (000 3-4) or a leaver
// (000 5), each with its deadline and who did it. Which list applies when, how options change the items,
// and how far it has come are rules, so they live here, pure; the store and the access check are the app's.
import { z } from 'zod';
import { dayOf } from '../calendar/days';
import { ZIsoDate, type IsoDate } from '../org';
import { exitChecklist, onboardingChecklist } from './build';
import type { ChecklistItem } from './types';

export const ZChecklistKind = z.enum(['onboarding', 'exit']);
export type ChecklistKind = z.infer<typeof ZChecklistKind>;

/**
 * 000 3: the first items are due "- 2 uker" before the start, so the list is there from two weeks before
 * the start date; 000 4 ends with "1.-2. uke", so it keeps appearing by itself until two weeks after.
 * Outside that span a leader starts it by hand (the introduction may begin as soon as the contract is
 * signed, 000 1): a hire from before Samtale should not suddenly show 40 overdue items.
 */
export const ONBOARDING_OPENS_DAYS_BEFORE = 14;
export const ONBOARDING_AUTO_DAYS_AFTER = 14;
/**
 * 000 5 gives no deadlines; ours start two weeks before the last day (exit-items.ts). A leave date reaches
 * the directory when someone resigns, usually one to three months ahead (aml. § 15-3: the notice periods),
 * so the list appears from three months before the last day: at once for a resignation, and a temporary's
 * contract end a year away does not fill the overview.
 */
export const EXIT_OPENS_DAYS_BEFORE = 92;
/** a leader may start an onboarding list by hand until probation (at most 6 months, aml. § 15-6) is over */
export const ONBOARDING_MANUAL_DAYS_AFTER = 183;

export const ZChecklistOptions = z.object({
  /** 000 2 / 000 3: a fadder may be named; the items a mentor may take become theirs */
  mentor: z.object({ id: z.string().uuid(), displayName: z.string().min(1) }).nullable(),
  /**
   * 000 3: "lovpålagt for nyutdannede lærere i skole jf. SFS 2213". The directory does not know who is a
   * newly qualified teacher, so the leader says so; then a mentor is required.
   */
  newlyQualifiedTeacher: z.boolean(),
  /** 000 4: "Ev. møte med personalsjef for nye ledere" */
  newLeader: z.boolean(),
});
export type ChecklistOptions = z.infer<typeof ZChecklistOptions>;

export const NO_OPTIONS: ChecklistOptions = { mentor: null, newlyQualifiedTeacher: false, newLeader: false };

/** the item a mentor requirement is about (000 3) */
export const APPOINT_MENTOR_ITEM = 'appoint-mentor';

export const ZChecklistDone = z.object({
  by: z.string().uuid(),
  byName: z.string(),
  at: z.string().datetime(),
});
export type ChecklistDone = z.infer<typeof ZChecklistDone>;

/** An item as stored: the seed's item with its deadline, its place in the list, and who ticked it. */
export const ZPersonChecklistItem = z.object({
  id: z.string().min(1),
  order: z.number().int().min(0),
  phase: z.enum(['before-start', 'day-1', 'week-1', 'exit']),
  responsible: z.enum(['leader', 'mentor', 'it', 'hr', 'archive']),
  involves: z.enum(['leader', 'mentor', 'it', 'hr', 'archive']).optional(),
  deadline: ZIsoDate,
  text: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
  source: z.string(),
  done: ZChecklistDone.nullable(),
});
export type PersonChecklistItem = z.infer<typeof ZPersonChecklistItem>;

/** The seed's items for this person, as they should be now. */
export function plannedItems(kind: ChecklistKind, date: IsoDate, options: ChecklistOptions): ChecklistItem[] {
  return kind === 'exit'
    ? exitChecklist(date)
    : onboardingChecklist({ startDate: date, mentor: options.mentor !== null, newLeader: options.newLeader });
}

export function newItems(items: ChecklistItem[]): PersonChecklistItem[] {
  return items.map((item, order) => ({ ...item, order, done: null }));
}

export interface Replan {
  /** items whose deadline or responsible role changed (done items keep who did them) */
  changed: PersonChecklistItem[];
  added: PersonChecklistItem[];
  /** ids of undone items that no longer apply; a done item stays, it happened */
  removed: string[];
}

/**
 * A new date, a mentor named, or the "new leader" variant switched: the list is planned again and merged
 * with what is stored. What was done stays done; an undone item follows the new plan.
 */
export function replan(current: readonly PersonChecklistItem[], planned: ChecklistItem[]): Replan {
  const byId = new Map(current.map((item) => [item.id, item]));
  const plannedIds = new Set(planned.map((item) => item.id));
  const changed: PersonChecklistItem[] = [];
  const added: PersonChecklistItem[] = [];
  planned.forEach((item, order) => {
    const stored = byId.get(item.id);
    if (!stored) {
      added.push({ ...item, order, done: null });
      return;
    }
    const next: PersonChecklistItem = {
      ...stored,
      order,
      deadline: stored.done ? stored.deadline : item.deadline,
      responsible: stored.done ? stored.responsible : item.responsible,
    };
    if (
      next.order !== stored.order ||
      next.deadline !== stored.deadline ||
      next.responsible !== stored.responsible
    )
      changed.push(next);
  });
  const removed = current.filter((item) => !plannedIds.has(item.id) && !item.done).map((item) => item.id);
  return { changed, added, removed };
}

export interface ChecklistProgress {
  done: number;
  total: number;
  /** undone items whose deadline has passed */
  overdue: number;
  /** the earliest deadline of an undone item, or null when everything is done */
  nextDeadline: IsoDate | null;
}

export function checklistProgress(items: readonly PersonChecklistItem[], today: IsoDate): ChecklistProgress {
  const open = items.filter((item) => !item.done);
  const deadlines = open.map((item) => item.deadline).sort();
  return {
    done: items.length - open.length,
    total: items.length,
    overdue: open.filter((item) => item.deadline < today).length,
    nextDeadline: deadlines[0] ?? null,
  };
}

/** Whether the list is there by itself today (see the constants above). */
export function opensByItself(kind: ChecklistKind, date: IsoDate, today: IsoDate): boolean {
  const offset = dayOf(today) - dayOf(date);
  return kind === 'onboarding'
    ? offset >= -ONBOARDING_OPENS_DAYS_BEFORE && offset <= ONBOARDING_AUTO_DAYS_AFTER
    : offset >= -EXIT_OPENS_DAYS_BEFORE && offset <= 0;
}

/** Whether a leader may start the list by hand today: any time before the date, and for a while after. */
export function mayStart(kind: ChecklistKind, date: IsoDate, today: IsoDate): boolean {
  const offset = dayOf(today) - dayOf(date);
  return kind === 'onboarding' ? offset <= ONBOARDING_MANUAL_DAYS_AFTER : offset <= 0;
}

/** 000 3 / SFS 2213: a newly qualified teacher must have a mentor; a hint until one is named. */
export function mentorMissing(options: ChecklistOptions): boolean {
  return options.newlyQualifiedTeacher && options.mentor === null;
}
