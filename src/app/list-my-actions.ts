// "Mine tiltak": the agreed actions a person follows up, with how far they have come.
import { isFullyApproved } from '../core/referat/approval';
import type { ActionItem } from '../core/referat/referat';
import type { Conversation } from '../core/conversation';
import type { Surface } from '../core/audit';
import { audit, type AuditDeps } from './audit-log';
import { listActionStatuses } from './action-status-repo';
import { listConversations } from './conversations-repo';
import { getReferat } from './referats-repo';

export type MyAction = ActionItem & {
  conversationId: string;
  conversationKind: Conversation['kind'];
  /** the caller's part in the conversation the action comes from */
  role: 'employee' | 'conductor';
  done: boolean;
  comment: string;
  /** the status row's version for the next PATCH; null before the first one */
  etag: string | null;
};

/**
 * Only signed referats count: before both have approved, the plan may still change. Which actions: every
 * action of the caller's own conversations (as employee; the plan is about them, whoever carries a line),
 * and, in conversations the caller conducts, the lines the caller is responsible for. A responsible person
 * outside the conversation sees nothing here: the referat is confidential to its two parties (DESIGN §6).
 * Soonest deadline first.
 */
export async function listMyActions(
  deps: AuditDeps,
  input: { userId: string; surface?: Surface },
): Promise<MyAction[]> {
  const [mine, conducting] = await Promise.all([
    listConversations(deps.store, { employeeId: input.userId }),
    listConversations(deps.store, { conductorId: input.userId }),
  ]);
  const sources = [
    ...mine.map((c) => ({ conversation: c, role: 'employee' as const })),
    ...conducting.map((c) => ({ conversation: c, role: 'conductor' as const })),
  ];
  const lists = await Promise.all(
    sources.map(async ({ conversation, role }) => {
      const referat = await getReferat(deps.store, conversation.id);
      if (!referat || !isFullyApproved(referat.value)) return [];
      const statuses = await listActionStatuses(deps.store, conversation.id);
      const lines = referat.value.actions.filter(
        (a) => role === 'employee' || a.responsibleId === input.userId,
      );
      if (lines.length > 0)
        await audit(deps, {
          actorId: input.userId,
          conversationId: conversation.id,
          action: 'read-actions',
          surface: input.surface ?? 'api',
        });
      return lines.map((action): MyAction => {
        const status = statuses.get(action.id);
        return {
          ...action,
          conversationId: conversation.id,
          conversationKind: conversation.kind,
          role,
          done: status?.value.done ?? false,
          comment: status?.value.comment ?? '',
          etag: status?.etag ?? null,
        };
      });
    }),
  );
  return lists.flat().sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
}
