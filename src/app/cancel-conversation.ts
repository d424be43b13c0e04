import { z } from 'zod';
import type { Conversation } from '../core/conversation';
import { requireConductor } from './access';
import { requireConversation, updateConversation } from './conversations-repo';
import type { SchedulingDeps } from './scheduling-deps';

export const ZCancelInput = z.object({ message: z.string().trim().min(1).max(1000) });

/** Cancels a conversation with a message Outlook passes to the employee. Cancelling twice is harmless. */
export async function cancelConversation(
  deps: SchedulingDeps,
  input: { userId: string; conversationId: string; message: string },
): Promise<Conversation> {
  const stored = await requireConversation(deps.store, input.conversationId);
  const current = stored.value;
  requireConductor(current, input.userId);
  if (current.status === 'cancelled') return current;
  if (current.meeting)
    await deps.calendar.cancelMeeting(current.conductorId, current.meeting.eventId, input.message);
  const cancelled: Conversation = {
    ...current,
    status: 'cancelled',
    cancelMessage: input.message,
    updatedAt: deps.clock.now().toISOString(),
  };
  return (await updateConversation(deps.store, cancelled, stored.etag)).value;
}
