// "The plan is the start of next year's conversation" (002): the action plan of the same employee's most
// recent earlier conversation of the same kind, once both have signed it, with what is overdue today.
import { osloDateOf } from '../core/calendar/oslo';
import type { Conversation } from '../core/conversation';
import { isFullyApproved } from '../core/referat/approval';
import type { Surface } from '../core/audit';
import { requireParty } from './access';
import { audit, type AuditDeps } from './audit-log';
import { listConversations, requireConversation } from './conversations-repo';
import { getReferat } from './referats-repo';

export interface PreviousPlan {
  conversationId: string;
  heldOn: string;
  actions: {
    what: string;
    responsibleName: string;
    deadline: string;
    sharedNeed: boolean;
    /** the deadline is before today (Oslo) */
    overdue: boolean;
  }[];
  noSpecialActions: boolean;
}

/** For the conductor or the employee of this conversation (DESIGN §6); null when there is no signed plan. */
export async function previousPlan(
  deps: AuditDeps,
  input: { userId: string; conversationId: string; surface?: Surface },
): Promise<PreviousPlan | null> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  requireParty(conversation, input.userId);
  const earlier = (await listConversations(deps.store, { employeeId: conversation.employeeId }))
    .filter((c) => isEarlierOfSameKind(c, conversation))
    .sort((a, b) => b.start.localeCompare(a.start));
  const today = osloDateOf(deps.clock.now().toISOString());
  // newest first: an unsigned or cancelled one in between does not hide the last plan both signed
  for (const candidate of earlier) {
    const referat = (await getReferat(deps.store, candidate.id))?.value;
    if (!referat || !isFullyApproved(referat)) continue;
    // DESIGN §6: the earlier conversation's signed plan is content of that conversation; log the read there
    await audit(deps, {
      actorId: input.userId,
      conversationId: candidate.id,
      action: 'read-actions',
      surface: input.surface ?? 'api',
      part: 'previous-plan',
    });
    return {
      conversationId: candidate.id,
      heldOn: referat.heldOn ?? osloDateOf(candidate.start),
      actions: referat.actions.map((a) => ({
        what: a.what,
        responsibleName: a.responsibleName,
        deadline: a.deadline,
        sharedNeed: a.sharedNeed,
        overdue: a.deadline < today,
      })),
      noSpecialActions: referat.noSpecialActions,
    };
  }
  return null;
}

function isEarlierOfSameKind(candidate: Conversation, current: Conversation): boolean {
  return candidate.id !== current.id && candidate.kind === current.kind && candidate.start < current.start;
}
