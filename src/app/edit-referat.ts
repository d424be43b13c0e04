import { AppError } from '../core/errors';
import { edit, type ReferatChange } from '../core/referat/edit';
import { requireConductor } from './access';
import { requireConversation } from './conversations-repo';
import type { Surface } from '../core/audit';
import { audit, type AuditDeps } from './audit-log';
import { viewOf, type ReferatView } from './open-referat';
import { getReferat, saveReferat } from './referats-repo';

/**
 * One autosaved change to the referat, by the conductor only. `etag` is the version the editor last saw:
 * when someone else saved in between (a second tab, a co-leader), the change is refused with a conflict and
 * nothing is overwritten; the editor reloads and sees the other change.
 */
export async function editReferat(
  deps: AuditDeps,
  input: { userId: string; conversationId: string; change: ReferatChange; etag: string; surface?: Surface },
): Promise<ReferatView> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  requireConductor(conversation, input.userId);
  if (conversation.status === 'cancelled') throw new AppError('conflict', 'the conversation is cancelled');
  const stored = await getReferat(deps.store, conversation.id);
  if (!stored) throw new AppError('not-found', 'open the referat first');
  if (stored.etag !== input.etag) throw new AppError('conflict', 'the referat changed since it was read');
  const saved = await saveReferat(deps.store, edit(stored.value, input.change), input.etag);
  await audit(deps, {
    actorId: input.userId,
    conversationId: conversation.id,
    action: 'edit-referat',
    surface: input.surface ?? 'api',
    part: 'sectionId' in input.change ? `section:${input.change.sectionId}` : input.change.type,
  });
  // the version just saved is the newest one (a later save would need its ETag): no need to read it again,
  // which an autosave every few seconds per leader would otherwise pay twice (issue 9 load bench)
  return viewOf('conductor', saved);
}
