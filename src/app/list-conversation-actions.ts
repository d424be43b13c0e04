// The action plan of one signed referat with how far each line has come: what the conductor follows up.
import { AppError } from '../core/errors';
import { isFullyApproved } from '../core/referat/approval';
import type { Store } from '../ports/store';
import { requireParty } from './access';
import { listActionStatuses } from './action-status-repo';
import { requireConversation } from './conversations-repo';
import { getReferat } from './referats-repo';

/** Either party may read it (DESIGN §6); nobody else. */
export async function listConversationActions(
  deps: { store: Store },
  input: { userId: string; conversationId: string },
) {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  requireParty(conversation, input.userId);
  const referat = await getReferat(deps.store, conversation.id);
  if (!referat || !isFullyApproved(referat.value))
    throw new AppError('not-found', 'the referat is not signed by both yet');
  const statuses = await listActionStatuses(deps.store, conversation.id);
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
