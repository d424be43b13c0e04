// What the reminder rules read (DESIGN §2.8): each conversation with its two preparations, the referat's
// approvals and the signed plan's actions, and the checklist items of new hires and leavers. Ids and dates
// only, no content: the sweep builds this from the store, the CLI reads it from a file (`samtale schema
// reminder-state`). Approvals are the valid ones (their hash matches the content, core/referat/approval.ts).
import { z } from 'zod';
import type { ChecklistRole } from '../checklists/types';
import { ZConversationStatus } from '../conversation';
import { ZConversationKind, ZIsoDate } from '../org';

const ZInstant = z.string().datetime({ offset: true });
const ZPersonId = z.string().uuid();

export const ZReminderAction = z.object({
  id: z.string().min(1).max(64),
  /** the person who carries it, when they are in the directory; null for e.g. "HR" */
  responsibleId: ZPersonId.nullable(),
  deadline: ZIsoDate,
  /** ticked off in the follow-up (actionStatus): no reminder */
  done: z.boolean(),
  /** what is to be done; only the CLI's preview shows it, the sweep leaves it out */
  what: z.string().optional(),
});
export type ReminderAction = z.infer<typeof ZReminderAction>;

export const ZReminderReferat = z.object({
  /** the day it was held, when the referat says; else the meeting's Oslo date counts */
  heldOn: ZIsoDate.nullable(),
  /** the leader's valid approval, or null */
  leaderApprovedAt: ZInstant.nullable(),
  /** the employee's valid approval, or null */
  employeeApprovedAt: ZInstant.nullable(),
  /** the action plan; its deadlines are reminded once both have signed */
  actions: z.array(ZReminderAction),
});
export type ReminderReferat = z.infer<typeof ZReminderReferat>;

export const ZReminderConversation = z.object({
  id: z.string().min(1),
  kind: ZConversationKind,
  employeeId: ZPersonId,
  /** who holds it: may differ from the manager (002, 003) */
  conductorId: ZPersonId,
  status: ZConversationStatus,
  start: ZInstant,
  end: ZInstant,
  /** when it was booked: one booked after its reminder day gets none, the invitation itself asks */
  bookedAt: ZInstant,
  /** when each side submitted its preparation; null while missing (a draft counts as missing) */
  preparations: z.object({ employee: ZInstant.nullable(), leader: ZInstant.nullable() }),
  /** null until the leader opens the referat */
  referat: ZReminderReferat.nullable(),
});
export type ReminderConversation = z.infer<typeof ZReminderConversation>;

const CHECKLIST_ROLES = [
  'leader',
  'mentor',
  'it',
  'hr',
  'archive',
] as const satisfies readonly ChecklistRole[];

export const ZReminderChecklistItem = z.object({
  /** the new hire or the leaver the checklist is for */
  personId: ZPersonId,
  itemId: z.string().min(1).max(64),
  deadline: ZIsoDate,
  /** the item's role (000 3-5); the nearest leader answers for all of them */
  responsible: z.enum(CHECKLIST_ROLES),
  /** the person who carries the role when one is named (a fadder, an IT contact); null: the leader */
  assigneeId: ZPersonId.nullable(),
  /** the nearest leader of the hire or leaver; null at the top of the tree */
  leaderId: ZPersonId.nullable(),
  done: z.boolean(),
});
export type ReminderChecklistItem = z.infer<typeof ZReminderChecklistItem>;

export const ZReminderState = z.object({
  conversations: z.array(ZReminderConversation).default([]),
  checklistItems: z.array(ZReminderChecklistItem).default([]),
});
export type ReminderState = z.infer<typeof ZReminderState>;
