// What the invitation card shows (DESIGN §2.3): the conversation as it is now, its leader, whether it came
// on short notice (000: 1-2 weeks ahead, policy invitation.minDaysAhead) and what the employee has answered.
// Used when the invitation is sent and whenever the card is refreshed, so both say the same.
import { cardVersionOf } from '../core/card-version';
import { daysAhead, type Conversation } from '../core/conversation';
import { noticeKey } from '../core/notices';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';
import { requireParty } from './access';
import { invitationAcceptedAt } from './accept-invitation';
import { invitationNotice } from './book-conversation';
import { requireConversation } from './conversations-repo';
import { getNoticeRecord } from './notice-outbox';
import type { SchedulingDeps } from './scheduling-deps';

export interface InvitationCardView {
  conversation: Conversation;
  role: 'conductor' | 'employee';
  conductorName: string;
  employeeName: string;
  cardVersion: number;
  /** when the invitation for the current time was queued (the conversation's creation when none was) */
  invitedAt: string;
  /** null when the invitation came at least the policy's minimum ahead */
  shortNotice: { days: number; minDays: number } | null;
  acceptedAt: string | null;
}

export async function invitationCardView(
  deps: { store: Store; directory: Directory; policyFor: SchedulingDeps['policyFor'] },
  input: { userId: string; conversationId: string },
): Promise<InvitationCardView> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  const role = requireParty(conversation, input.userId);
  const [employee, conductor, record, acceptedAt] = await Promise.all([
    deps.directory.getPerson(conversation.employeeId),
    deps.directory.getPerson(conversation.conductorId),
    getNoticeRecord(
      deps.store,
      conversation.employeeId,
      noticeKey(conversation.employeeId, invitationNotice(conversation.id), conversation.start),
    ),
    invitationAcceptedAt(deps.store, conversation),
  ]);
  const policy = await deps.policyFor(employee?.department ?? null);
  // Counted from when the invitation went out, not from today: a card refreshed the day before the meeting
  // must not start saying "short notice" about an invitation that came two weeks ahead.
  const invitedAt = record?.value.queuedAt ?? conversation.createdAt;
  const days = daysAhead(new Date(invitedAt), conversation.start);
  const minDays = policy.invitation.minDaysAhead;
  return {
    conversation,
    role,
    conductorName: conductor?.displayName ?? '',
    employeeName: employee?.displayName ?? '',
    cardVersion: cardVersionOf(conversation),
    invitedAt,
    shortNotice: days < minDays ? { days: Math.max(0, days), minDays } : null,
    acceptedAt,
  };
}
