import { osloDateOf } from '../core/calendar/oslo';
import type { Conversation } from '../core/conversation';
import { AppError } from '../core/errors';
import { approve, isFullyApproved } from '../core/referat/approval';
import { contentHash } from '../core/referat/canonical';
import type { Referat } from '../core/referat/referat';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';
import { requireParty } from './access';
import { enqueueArchive } from './archive-outbox';
import { requireConversation } from './conversations-repo';
import { referatView, type ReferatView } from './open-referat';
import { audit, type AuditDeps } from './audit-log';
import { indexSignedActions } from './action-deadlines-repo';
import type { Surface } from '../core/audit';
import { recordPastConversation } from './past-conversations';
import { queueNotice, type NoticeDeps } from './queue-notice';
import { getReferat, saveReferat } from './referats-repo';
import { recordSharedNeeds } from './shared-needs';

/**
 * Signs the referat (DESIGN §2.6): the leader first, then the employee. `contentHash` is the hash of the
 * content the signer was shown; if the referat changed since, the approval is refused rather than given to
 * text the signer never saw. The second approval files it: the archive job is stored before this returns,
 * the conversation counts as held, and its shared needs join the unit's aggregate (003).
 */
export async function approveReferat(
  deps: AuditDeps & { directory: Directory } & Pick<NoticeDeps, 'noticesQueued'>,
  input: { userId: string; conversationId: string; contentHash: string; surface?: Surface },
): Promise<ReferatView> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  const party = requireParty(conversation, input.userId);
  const stored = await getReferat(deps.store, conversation.id);
  if (!stored) throw new AppError('not-found', 'there is no referat to approve yet');
  if (contentHash(stored.value) !== input.contentHash) {
    throw new AppError('conflict', 'the referat changed since the signer read it', 'body.contentHash');
  }
  const now = deps.clock.now().toISOString();
  const signed = approve(stored.value, {
    by: input.userId,
    role: party === 'conductor' ? 'leader' : 'employee',
    at: now,
  });
  if (signed !== stored.value) await saveReferat(deps.store, signed, stored.etag);
  await audit(deps, {
    actorId: input.userId,
    conversationId: conversation.id,
    action: 'approve-referat',
    surface: input.surface ?? 'api',
  });
  if (isFullyApproved(signed)) await fileSigned(deps, conversation, signed, now);
  // DESIGN §2.6: the leader's approval sends the employee the referat to approve; the employee's tells the
  // leader. The occasion is the content: a changed referat approved again is a new card, a repeat is not.
  const occasion = contentHash(signed).slice(0, 16);
  if (party === 'conductor')
    await queueNotice(
      deps,
      conversation.employeeId,
      { type: 'referat-to-approve', conversationId: conversation.id },
      occasion,
    );
  else
    await queueNotice(
      deps,
      conversation.conductorId,
      { type: 'leader-notification', event: 'referat-approved', conversationId: conversation.id },
      occasion,
    );
  return referatView(deps, { userId: input.userId, conversationId: conversation.id });
}

/** Every step is idempotent, so a repeated second approval (a card pressed twice) changes nothing. */
async function fileSigned(
  deps: { store: Store; directory: Directory },
  conversation: Conversation,
  referat: Referat,
  now: string,
): Promise<void> {
  const heldOn = referat.heldOn ?? osloDateOf(conversation.start);
  await enqueueArchive(deps.store, {
    conversationId: conversation.id,
    contentHash: contentHash(referat),
    requestedAt: now,
  });
  await recordPastConversation(deps.store, {
    personId: conversation.employeeId,
    kind: conversation.kind,
    date: heldOn,
  });
  // the reminder sweep finds the plan's deadlines through this index (DESIGN §2.8 "action deadline near")
  await indexSignedActions(deps.store, referat);
  const employee = await deps.directory.getPerson(conversation.employeeId);
  await recordSharedNeeds(deps.store, {
    conversationId: conversation.id,
    unit: employee?.department ?? null,
    kind: conversation.kind,
    heldOn,
    needs: referat.actions.filter((a) => a.sharedNeed).map((a) => a.what),
  });
}
