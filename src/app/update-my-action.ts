// Marking an action done, or commenting on it, after the referat is signed.
import { z } from 'zod';
import { AppError } from '../core/errors';
import { isFullyApproved } from '../core/referat/approval';
import type { Surface } from '../core/audit';
import { audit, type AuditDeps } from './audit-log';
import { requireParty } from './access';
import { listActionStatuses, writeActionStatus, ZActionStatus } from './action-status-repo';
import { requireConversation } from './conversations-repo';
import { getReferat } from './referats-repo';

export const ZActionUpdate = z
  .object({ done: z.boolean().optional(), comment: ZActionStatus.shape.comment.optional() })
  .strict()
  .refine((u) => u.done !== undefined || u.comment !== undefined, 'expected done or comment');
export type ActionUpdate = z.infer<typeof ZActionUpdate>;

/**
 * Who may: the employee of the conversation, or the action's responsible person when that is the conductor.
 * The conductor may read the status but not tick off the employee's lines for them. A responsible person
 * outside the conversation is refused like a stranger: they may not see the referat (DESIGN §6).
 * The signed referat is read, never written: the status lives beside it (action-status-repo).
 */
export async function updateMyAction(
  deps: AuditDeps,
  input: {
    userId: string;
    conversationId: string;
    actionId: string;
    update: ActionUpdate;
    etag: string | null;
    surface?: Surface;
  },
) {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  const role = requireParty(conversation, input.userId);
  const referat = await getReferat(deps.store, conversation.id);
  if (!referat || !isFullyApproved(referat.value))
    throw new AppError('not-found', 'the referat is not signed by both yet');
  const action = referat.value.actions.find((a) => a.id === input.actionId);
  if (!action) throw new AppError('not-found', `action ${input.actionId}`, 'path.actionId');
  if (role === 'conductor' && action.responsibleId !== input.userId)
    throw new AppError('forbidden', 'the conductor follows up only their own lines');
  const old = (await listActionStatuses(deps.store, conversation.id)).get(action.id);
  // a stale version would silently undo what the other window saved; the client re-reads on 409
  if (old && input.etag !== old.etag) throw new AppError('conflict', 'the status changed since it was read');
  const stored = await writeActionStatus(
    deps.store,
    { conversationId: conversation.id, actionId: action.id },
    {
      done: input.update.done ?? old?.value.done ?? false,
      comment: input.update.comment ?? old?.value.comment ?? '',
      updatedAt: deps.clock.now().toISOString(),
      updatedBy: input.userId,
    },
    old ? input.etag : null,
  );
  await audit(deps, {
    actorId: input.userId,
    conversationId: conversation.id,
    action: 'update-action',
    surface: input.surface ?? 'api',
    part: action.id,
  });
  return { conversationId: conversation.id, actionId: action.id, ...stored.value, etag: stored.etag };
}
