import { osloDateOf } from '../core/calendar/oslo';
import { AppError } from '../core/errors';
import { contentHash } from '../core/referat/canonical';
import { employeeView, startReferat, type EmployeeReferat, type Referat } from '../core/referat/referat';
import { isFullyApproved } from '../core/referat/approval';
import type { Surface } from '../core/audit';
import type { Store, Stored } from '../ports/store';
import { audit, type AuditDeps } from './audit-log';
import { requireParty } from './access';
import { conversationTemplate } from './conversation-template';
import { requireConversation } from './conversations-repo';
import { getReferat, insertReferat } from './referats-repo';

export type ReferatView =
  | { role: 'conductor'; referat: Referat; etag: string; contentHash: string; fullyApproved: boolean }
  | { role: 'employee'; referat: EmployeeReferat; etag: string; contentHash: string; fullyApproved: boolean };

/**
 * The referat of a conversation as the caller may see it. The conductor's first look starts it from the
 * template the conversation is on; the employee sees it once it exists, never the private notes (DESIGN §6).
 */
export async function openReferat(
  deps: AuditDeps,
  input: { userId: string; conversationId: string; surface?: Surface },
): Promise<ReferatView> {
  const view = await referatView(deps, input);
  await audit(deps, {
    actorId: input.userId,
    conversationId: input.conversationId,
    action: 'read-referat',
    surface: input.surface ?? 'api',
  });
  return view;
}

/** The view without logging a read: for answering a change the caller just made (that change is logged). */
export async function referatView(
  deps: { store: Store },
  input: { userId: string; conversationId: string },
): Promise<ReferatView> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  const role = requireParty(conversation, input.userId);
  let stored = await getReferat(deps.store, conversation.id);
  if (!stored && role === 'employee')
    throw new AppError('not-found', 'the leader has not started the referat');
  if (!stored) {
    stored = await insertReferat(
      deps.store,
      startReferat({
        conversationId: conversation.id,
        employeeId: conversation.employeeId,
        conductorId: conversation.conductorId,
        template: await conversationTemplate(deps.store, conversation),
        // Whether the position needs HPR authorisation (001) is not in the directory yet: the check is left out.
        conditions: [],
        // the meeting's day in Oslo; the conductor corrects it if they met another day
        heldOn: osloDateOf(conversation.start),
      }),
    );
  }
  return viewOf(role, stored);
}

/** What `role` sees of a stored referat: for answering with a version the caller already holds. */
export function viewOf(role: ReferatView['role'], stored: Stored<Referat>): ReferatView {
  const referat = stored.value;
  const common = {
    etag: stored.etag,
    contentHash: contentHash(referat),
    fullyApproved: isFullyApproved(referat),
  };
  return role === 'conductor'
    ? { role, referat, ...common }
    : { role, referat: employeeView(referat), ...common };
}
