// The employee comments on the referat instead of approving it (the card's "Kommenter"): the comment goes to
// the conductor, who changes the referat and approves again (DESIGN §2.6). Kept beside the referat, never in
// it: the signed content is what both approved, not the talk about it.
import { z } from 'zod';
import type { Surface } from '../core/audit';
import { AppError } from '../core/errors';
import type { Store } from '../ports/store';
import { requireParty } from './access';
import { audit, type AuditDeps } from './audit-log';
import { requireConversation } from './conversations-repo';
import { queueNotice, type NoticeDeps } from './queue-notice';
import { getReferat } from './referats-repo';

const COMMENTS = 'referatComments';

export const ZReferatComment = z.object({
  by: z.string().uuid(),
  at: z.string().datetime({ offset: true }),
  comment: z.string().trim().min(1).max(4000),
  /** the content the comment was written against */
  contentHash: z.string(),
});
export type ReferatComment = z.infer<typeof ZReferatComment>;

export async function commentReferat(
  deps: AuditDeps & Pick<NoticeDeps, 'noticesQueued'>,
  input: { userId: string; conversationId: string; comment: string; contentHash: string; surface?: Surface },
): Promise<ReferatComment> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  if (requireParty(conversation, input.userId) !== 'employee')
    throw new AppError('forbidden', 'the conductor changes the referat instead of commenting on it');
  if (!(await getReferat(deps.store, conversation.id)))
    throw new AppError('not-found', 'there is no referat to comment on yet');
  const parsed = ZReferatComment.safeParse({
    by: input.userId,
    at: deps.clock.now().toISOString(),
    comment: input.comment,
    contentHash: input.contentHash,
  });
  if (!parsed.success) throw new AppError('bad-request', parsed.error.issues[0]?.message, 'comment');
  const comment = parsed.data;
  await deps.store.insert(COMMENTS, conversation.id, `${comment.at}_${deps.newId()}`, comment);
  await audit(deps, {
    actorId: input.userId,
    conversationId: conversation.id,
    action: 'comment-referat',
    surface: input.surface ?? 'api',
  });
  await queueNotice(
    deps,
    conversation.conductorId,
    { type: 'leader-notification', event: 'referat-commented', conversationId: conversation.id },
    comment.at,
  );
  return comment;
}

/** the conversation's comments, oldest first (the conductor's to read; the employee's own) */
export async function listReferatComments(store: Store, conversationId: string): Promise<ReferatComment[]> {
  const rows = await store.list<unknown>(COMMENTS, conversationId);
  return rows.map((row) => ZReferatComment.parse(row.value));
}
