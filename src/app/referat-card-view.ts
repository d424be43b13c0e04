// What the referat card shows the employee (DESIGN §2.6): the agreed text by section with the template's
// titles in the person's language, the action plan, the hash of exactly this content (the approval carries it
// back), and where the signing stands: the leader's approval, the employee's own, a comment sent, and when
// the content was last changed (the card says so when it changed since it was sent).
import { cardVersionOf } from '../core/card-version';
import type { Conversation } from '../core/conversation';
import type { Language } from '../core/org';
import { validApprovals } from '../core/referat/approval';
import type { ActionItem } from '../core/referat/referat';
import { readAudit, type AuditDeps } from './audit-log';
import { listReferatComments } from './comment-referat';
import { conversationTemplate } from './conversation-template';
import { requireConversation } from './conversations-repo';
import { openReferat, referatView } from './open-referat';

export interface ReferatCardView {
  conversation: Conversation;
  role: 'conductor' | 'employee';
  heldOn: string | null;
  sections: { title: string; text: string }[];
  actions: Pick<ActionItem, 'what' | 'responsibleName' | 'deadline' | 'sharedNeed'>[];
  noSpecialActions: boolean;
  contentHash: string;
  leaderApproved: boolean;
  /** when the caller approved this content; null when they have not */
  approvedByMeAt: string | null;
  /** the caller's latest comment on this content, when */
  commentSentAt: string | null;
  /** the last change of the referat (from the audit log), null when never edited */
  lastChangedAt: string | null;
  cardVersion: number;
}

export async function referatCardView(
  deps: AuditDeps,
  input: { userId: string; conversationId: string; language: Language; logRead: boolean },
): Promise<ReferatCardView> {
  const request = { userId: input.userId, conversationId: input.conversationId };
  const view = input.logRead
    ? await openReferat(deps, { ...request, surface: 'bot' })
    : await referatView(deps, request);
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  const [template, comments, log] = await Promise.all([
    conversationTemplate(deps.store, conversation),
    listReferatComments(deps.store, conversation.id),
    readAudit(deps.store, conversation.id),
  ]);
  const referat = view.referat;
  const titles = new Map(template.sections.map((s) => [s.id, s.title[input.language]]));
  // the approvals of the content as it is now; one given for earlier text no longer counts
  const approvals = validApprovals({ ...referat, privateNotes: { text: '' } });
  const mine = approvals.find((a) => a.by === input.userId);
  const myComment = comments
    .filter((c) => c.by === input.userId && c.contentHash === view.contentHash)
    .at(-1);
  const lastEdit = log.filter((e) => e.action === 'edit-referat').at(-1);
  return {
    conversation,
    role: view.role,
    heldOn: referat.heldOn,
    sections: referat.sections.map((s) => ({
      title: titles.get(s.sectionId) ?? s.sectionId,
      text: [s.agreedText, s.leaderFeedback ?? '']
        .map((t) => t.trim())
        .filter(Boolean)
        .join('\n\n'),
    })),
    actions: referat.actions.map((a) => ({
      what: a.what,
      responsibleName: a.responsibleName,
      deadline: a.deadline,
      sharedNeed: a.sharedNeed,
    })),
    noSpecialActions: referat.noSpecialActions,
    contentHash: view.contentHash,
    leaderApproved: approvals.some((a) => a.role === 'leader'),
    approvedByMeAt: mine?.at ?? null,
    commentSentAt: myComment?.at ?? null,
    lastChangedAt: lastEdit?.at ?? null,
    cardVersion: cardVersionOf(conversation),
  };
}
