import { z } from 'zod';
import { AppError } from '../core/errors';
import type { Conversation } from '../core/conversation';
import { requireParty } from './access';
import { requireConversation, updateConversation } from './conversations-repo';
import { queueNotice } from './queue-notice';
import type { SchedulingDeps } from './scheduling-deps';

export const ZNewTimeInput = z.object({
  reason: z.string().trim().min(1).max(1000),
  preferredTimes: z.string().trim().max(500).default(''),
});

/**
 * 000 (the invitation letter): the employee may ask for another time. The request is kept on the conversation
 * for the leader, who picks a new time (rescheduleConversation clears it). The meeting stays until then.
 */
export async function requestNewTime(
  deps: SchedulingDeps,
  input: { userId: string; conversationId: string; reason: string; preferredTimes: string },
): Promise<Conversation> {
  const stored = await requireConversation(deps.store, input.conversationId);
  const current = stored.value;
  if (requireParty(current, input.userId) !== 'employee') {
    throw new AppError('forbidden', 'only the employee asks for another time');
  }
  if (current.status !== 'booked') throw new AppError('conflict', `${current.id} is ${current.status}`);
  const now = deps.clock.now().toISOString();
  const asked: Conversation = {
    ...current,
    newTimeRequest: { reason: input.reason, preferredTimes: input.preferredTimes, requestedAt: now },
    updatedAt: now,
  };
  const saved = (await updateConversation(deps.store, asked, stored.etag)).value;
  // 000: the leader hears of it in Teams, with the reason and the times that suit better
  await queueNotice(
    deps,
    saved.conductorId,
    { type: 'leader-notification', event: 'other-time-requested', conversationId: saved.id },
    now,
  );
  return saved;
}
