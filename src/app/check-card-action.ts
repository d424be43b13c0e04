// The gate before any card action (issue 5): the actor must be a party of the conversation, and the card must
// not be older than the conversation (core/card-version.ts). A refusal changes nothing, shows nothing of the
// conversation, and is logged like a read (DESIGN §6), so HR sees who tried to act on whose conversation.
import { z } from 'zod';
import { isStaleCard } from '../core/card-version';
import type { Conversation } from '../core/conversation';
import { audit, type AuditDeps } from './audit-log';
import { getConversation } from './conversations-repo';

export type CardActionCheck =
  | { allowed: true; conversation: Conversation; role: 'conductor' | 'employee' }
  | { allowed: false; reason: 'not-party' | 'stale' };

export async function checkCardAction(
  deps: AuditDeps,
  input: {
    /** the actor's Entra object id (activity.from.aadObjectId); null when Teams gave none */
    userId: string | null;
    conversationId: string;
    /** the card's version; null for a refresh, which exists to bring an old card up to date */
    cardVersion: number | null;
  },
): Promise<CardActionCheck> {
  const stored = await getConversation(deps.store, input.conversationId);
  // an unknown conversation is answered like someone else's: the card never says which it was
  if (!stored || !z.uuid().safeParse(input.userId).success) return { allowed: false, reason: 'not-party' };
  const userId = input.userId as string;
  const conversation = stored.value;
  const role =
    conversation.conductorId === userId
      ? 'conductor'
      : conversation.employeeId === userId
        ? 'employee'
        : null;
  const reason = !role
    ? 'not-party'
    : input.cardVersion !== null && isStaleCard(input.cardVersion, conversation)
      ? 'stale'
      : null;
  if (reason) {
    await audit(deps, {
      actorId: userId,
      conversationId: conversation.id,
      action: 'refuse-card-action',
      surface: 'bot',
      part: reason,
    });
    return { allowed: false, reason };
  }
  return { allowed: true, conversation, role: role as 'conductor' | 'employee' };
}
