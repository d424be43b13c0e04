// The employee accepts the invitation from the card (DESIGN §2.3). Outlook keeps its own meeting response;
// this records the answer for the leader and the card, once: pressing accept again keeps the first time. An
// answer is for one time: once the leader moves the meeting, the new invitation asks again.
import { z } from 'zod';
import type { Conversation } from '../core/conversation';
import { AppError } from '../core/errors';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { requireParty } from './access';
import { requireConversation } from './conversations-repo';

const RESPONSES = 'invitationResponses';
const ROW = 'employee';

const ZResponse = z.object({
  acceptedAt: z.string().datetime({ offset: true }),
  /** the meeting's start the answer was given for */
  start: z.string().datetime({ offset: true }),
});

export async function acceptInvitation(
  deps: { store: Store; clock: Clock },
  input: { userId: string; conversationId: string },
): Promise<{ acceptedAt: string }> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  if (requireParty(conversation, input.userId) !== 'employee')
    throw new AppError('forbidden', 'only the employee accepts the invitation');
  if (conversation.status !== 'booked')
    throw new AppError('conflict', `${conversation.id} is ${conversation.status}`);
  const earlier = await invitationAcceptedAt(deps.store, conversation);
  if (earlier) return { acceptedAt: earlier };
  const response = { acceptedAt: deps.clock.now().toISOString(), start: conversation.start };
  // a put, not an insert: an answer for an earlier time of the meeting is replaced
  await deps.store.put(RESPONSES, conversation.id, ROW, response);
  return { acceptedAt: response.acceptedAt };
}

/** when the employee accepted this conversation at its current time, or null */
export async function invitationAcceptedAt(
  store: Store,
  conversation: Pick<Conversation, 'id' | 'start'>,
): Promise<string | null> {
  const row = await store.get<unknown>(RESPONSES, conversation.id, ROW);
  if (!row) return null;
  const response = ZResponse.parse(row.value);
  return Date.parse(response.start) === Date.parse(conversation.start) ? response.acceptedAt : null;
}
