// The action plan of one signed referat with how far each line has come: what the conductor follows up.
import { AppError } from '../core/errors';
import { isFullyApproved } from '../core/referat/approval';
import type { Surface } from '../core/audit';
import { audit, type AuditDeps } from './audit-log';
import { requireParty } from './access';
import { listActionStatuses } from './action-status-repo';
import { requireConversation } from './conversations-repo';
import { getReferat } from './referats-repo';

/** Either party may read it (DESIGN §6); nobody else. */
export async function listConversationActions(
  deps: AuditDeps,
  input: { userId: string; conversationId: string; surface?: Surface },
) {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  requireParty(conversation, input.userId);
  const referat = await getReferat(deps.store, conversation.id);
  if (!referat || !isFullyApproved(referat.value))
    throw new AppError('not-found', 'the referat is not signed by both yet');
  const statuses = await listActionStatuses(deps.store, conversation.id);
  await audit(deps, {
    actorId: input.userId,
    conversationId: conversation.id,
    action: 'read-actions',
    surface: input.surface ?? 'api',
  });
  return referat.value.actions.map((action) => {
    const status = statuses.get(action.id);
    return {
      ...action,
      done: status?.value.done ?? false,
      comment: status?.value.comment ?? '',
      etag: status?.etag ?? null,
    };
  });
}
