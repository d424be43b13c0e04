// What the preparation card shows (004: the employee's column): the template's questions as the conversation
// started on them, the saved answers with their version, and whether they were sent. Reading it for a card
// that is about to be shown is a read of content and is logged; answering a save just made is not (the save is).
import { cardVersionOf } from '../core/card-version';
import type { Conversation } from '../core/conversation';
import type { Template } from '../core/templates/template';
import type { AuditDeps } from './audit-log';
import { conversationTemplate } from './conversation-template';
import { requireConversation } from './conversations-repo';
import { openPreparation, preparationView, type PreparationView } from './open-preparation';
import type { SchedulingDeps } from './scheduling-deps';

export interface PreparationCardView {
  conversation: Conversation;
  side: PreparationView['side'];
  /** the exact template version, unlocalised: the card builder picks the person's language */
  template: Template;
  answers: Record<string, string>;
  submittedAt: string | null;
  etag: string;
  cardVersion: number;
}

export async function preparationCardView(
  deps: Pick<SchedulingDeps, 'store' | 'directory' | 'clock' | 'policyFor'> & AuditDeps,
  input: { userId: string; conversationId: string; logRead: boolean },
): Promise<PreparationCardView> {
  const request = { userId: input.userId, conversationId: input.conversationId };
  const view = input.logRead
    ? await openPreparation(deps, { ...request, surface: 'bot' })
    : await preparationView(deps, request);
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  return {
    conversation,
    side: view.side,
    template: await conversationTemplate(deps.store, conversation),
    answers: view.mine.answers,
    submittedAt: view.mine.submittedAt,
    etag: view.etag,
    cardVersion: cardVersionOf(conversation),
  };
}
