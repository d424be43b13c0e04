import { z } from 'zod';
import { ZConversationKind } from '../core/org';
import { daysAhead, ZLocation, type Conversation } from '../core/conversation';
import type { Notice } from '../core/notices';
import { AppError } from '../core/errors';
import { requireReportOf } from './access';
import { timeIsFree } from './time-is-free';
import { getConversation, insertConversation, updateConversation } from './conversations-repo';
import { meetingFor, withMeeting } from './meeting-for';
import { queueNotice } from './queue-notice';
import type { SchedulingDeps } from './scheduling-deps';

export const ZBookConversationInput = z.object({
  /** the client's id for this booking: sending the same request twice books once */
  conversationId: z.string().uuid().optional(),
  employeeId: z.string().uuid(),
  kind: ZConversationKind,
  start: z.string().datetime(),
  location: ZLocation.nullable(),
  online: z.boolean(),
  specialTopics: z.string().max(2000).default(''),
});
export type BookConversationInput = z.infer<typeof ZBookConversationInput>;

export interface BookedConversation {
  conversation: Conversation;
  /** 000: invitations go out 1-2 weeks ahead; true when this one is closer than policy wants */
  shortNotice: boolean;
}

/** Books one conversation: checks the time is still free, stores it, and puts the meeting in Outlook. */
export async function bookConversation(
  deps: SchedulingDeps,
  input: BookConversationInput & { leaderId: string },
): Promise<BookedConversation> {
  const employee = await requireReportOf(deps.directory, input.leaderId, input.employeeId);
  const conductor = await deps.directory.getPerson(input.leaderId);
  if (!conductor) throw new AppError('forbidden', 'the leader is not in the directory');
  const policy = await deps.policyFor(employee.department);
  const now = deps.clock.now();
  if (Date.parse(input.start) <= now.getTime())
    throw new AppError('bad-request', 'start is in the past', 'body.start');
  const end = new Date(Date.parse(input.start) + policy.durationMinutes[input.kind] * 60_000).toISOString();

  // A repeated request (double click, a retry after a lost answer) finds its conversation and finishes it;
  // its own meeting would otherwise make the time look taken.
  const earlier = input.conversationId ? await getConversation(deps.store, input.conversationId) : null;
  if (earlier && (earlier.value.employeeId !== employee.id || earlier.value.conductorId !== conductor.id)) {
    throw new AppError(
      'conflict',
      'that conversation id belongs to another conversation',
      'body.conversationId',
    );
  }
  if (!earlier) {
    const mailboxes = [
      conductor.mail,
      employee.mail,
      ...(input.location?.roomMail ? [input.location.roomMail] : []),
    ];
    const schedules = await deps.calendar.getSchedules(input.leaderId, mailboxes, input.start, end);
    if (
      !timeIsFree(
        schedules.flatMap((s) => s.items),
        input.start,
        end,
      )
    ) {
      throw new AppError('slot-taken', `${input.start} is no longer free for everyone`);
    }
  }

  const stored = await insertConversation(deps.store, {
    id: input.conversationId ?? deps.newId(),
    kind: input.kind,
    employeeId: employee.id,
    conductorId: conductor.id,
    status: 'booking',
    start: input.start,
    end,
    location: input.location,
    online: input.online,
    specialTopics: input.specialTopics,
    roundId: null,
    meeting: null,
    newTimeRequest: null,
    cancelMessage: null,
    createdBy: input.leaderId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  let conversation = stored.value;
  if (conversation.status === 'booking') {
    const meeting = await deps.calendar.createMeeting(
      meetingFor(conversation, { employee, conductor }, deps.publicUrl),
    );
    conversation = (
      await updateConversation(deps.store, withMeeting(conversation, meeting, now), stored.etag)
    ).value;
  }
  // 000: the invitation goes to the employee's Teams chat once booked (a repeated request finds it queued)
  if (conversation.status === 'booked')
    await queueNotice(deps, conversation.employeeId, invitationNotice(conversation.id), conversation.start);
  return { conversation, shortNotice: daysAhead(now, conversation.start) < policy.invitation.minDaysAhead };
}

/** the invitation notice of a conversation; its occasion is the start, so a moved meeting is invited again */
export function invitationNotice(conversationId: string): Notice {
  return { type: 'invitation', conversationId };
}
