// Writing the referat (DESIGN §2.5) one change at a time, as the tab autosaves. A change to the signed
// content voids every approval given for the old content (DESIGN §2.6); a change to the private notes
// does not, since they are not part of what was signed.
import { z } from 'zod';
import { AppError } from '../errors';
import { ZIsoDate } from '../org';
import { ZCheckAnswer } from '../preparation/preparation';
import { validApprovals } from './approval';
import {
  ZActionItem,
  ZPrivateNotes,
  ZReferat,
  ZReferatSection,
  type ActionItem,
  type Referat,
} from './referat';

export const ZReferatChange = z.discriminatedUnion('type', [
  // Only the fields sent are changed: the tab autosaves one field at a time.
  z.object({
    type: z.literal('section'),
    sectionId: z.string().min(1),
    agreedText: ZReferatSection.shape.agreedText.optional(),
    leaderFeedback: ZReferatSection.shape.leaderFeedback.unwrap().optional(),
  }),
  z.object({ type: z.literal('check'), questionId: z.string().min(1), answer: ZCheckAnswer.nullable() }),
  z.object({ type: z.literal('add-action'), action: ZActionItem }),
  z.object({ type: z.literal('update-action'), action: ZActionItem }),
  z.object({ type: z.literal('remove-action'), actionId: z.string().min(1) }),
  z.object({ type: z.literal('no-special-actions'), value: z.boolean() }),
  z.object({ type: z.literal('held-on'), date: ZIsoDate.nullable() }),
  z.object({ type: z.literal('private-notes'), notes: ZPrivateNotes }),
]);
export type ReferatChange = z.input<typeof ZReferatChange>;

function notFound(what: string, field: string): never {
  throw new AppError('not-found', `${what} is not in this referat`, field);
}

function apply(referat: Referat, change: z.infer<typeof ZReferatChange>): Referat {
  switch (change.type) {
    case 'section': {
      const old = referat.sections.find((s) => s.sectionId === change.sectionId);
      if (!old) notFound(`section "${change.sectionId}"`, 'sectionId');
      if (old.leaderFeedback === null && change.leaderFeedback !== undefined) {
        throw new AppError(
          'bad-request',
          `section "${change.sectionId}" has no leader feedback`,
          'leaderFeedback',
        );
      }
      const section = {
        sectionId: old.sectionId,
        agreedText: change.agreedText ?? old.agreedText,
        leaderFeedback: change.leaderFeedback ?? old.leaderFeedback,
      };
      return { ...referat, sections: referat.sections.map((s) => (s === old ? section : s)) };
    }
    case 'check': {
      if (!referat.checks.some((c) => c.questionId === change.questionId)) {
        notFound(`check "${change.questionId}"`, 'questionId');
      }
      const checks = referat.checks.map((c) =>
        c.questionId === change.questionId ? { ...c, answer: change.answer } : c,
      );
      return { ...referat, checks };
    }
    case 'add-action':
      if (referat.actions.some((a) => a.id === change.action.id)) {
        throw new AppError('conflict', `action "${change.action.id}" already exists`, 'action.id');
      }
      return { ...referat, actions: [...referat.actions, change.action] };
    case 'update-action':
      return { ...referat, actions: replaceAction(referat.actions, change.action) };
    case 'remove-action':
      if (!referat.actions.some((a) => a.id === change.actionId))
        notFound(`action "${change.actionId}"`, 'actionId');
      return { ...referat, actions: referat.actions.filter((a) => a.id !== change.actionId) };
    case 'no-special-actions':
      return { ...referat, noSpecialActions: change.value };
    case 'held-on':
      return { ...referat, heldOn: change.date };
    case 'private-notes':
      return { ...referat, privateNotes: change.notes };
  }
}

function replaceAction(actions: ActionItem[], action: ActionItem): ActionItem[] {
  if (!actions.some((a) => a.id === action.id)) notFound(`action "${action.id}"`, 'action.id');
  return actions.map((a) => (a.id === action.id ? action : a));
}

/**
 * Applies one change and keeps only the approvals that still match the content. Bad input throws an
 * AppError naming the field and leaves the referat as it was.
 */
export function edit(referat: Referat, change: ReferatChange): Referat {
  const parsed = ZReferatChange.safeParse(change);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad-request', issue?.message ?? 'invalid change', issue?.path.join('.'));
  }
  const changed = ZReferat.parse(apply(referat, parsed.data));
  return { ...changed, approvals: validApprovals(changed) };
}
