// Handing a conversation to another leader (002; 003: large units share). Access moves with it: the new
// conductor reads and writes the preparation and the referat, the old one no longer does (access.ts reads
// conversation.conductorId). Outlook cannot change an event's organizer, so a future meeting is cancelled in
// the old conductor's calendar with a message saying who takes over, and booked again in the new
// conductor's, at the same time when they are free, else at a time the leader picked. The old meeting goes
// first so a booked room is free for the new one. Nothing is lost: preparations and the referat draft are
// the conversation's, not the conductor's; the hand-over is recorded before anything is sent, so a retry
// after a failure finishes it without a second meeting. The new conductor is told in Teams (or by e-mail):
// Outlook makes them the new meeting's organizer and so sends them nothing.
import { z } from 'zod';
import type { Surface } from '../core/audit';
import type { Conversation } from '../core/conversation';
import { delegationMessage } from '../core/delegation-text';
import { AppError } from '../core/errors';
import { languageFromLocale } from '../core/language';
import { audit } from './audit-log';
import { indexConversation, requireConversation, updateConversation } from './conversations-repo';
import { insertDelegation, listDelegations, saveDelegation, type Delegation } from './delegations-repo';
import { meetingFor, withMeeting } from './meeting-for';
import { queueNotice } from './queue-notice';
import { delegationParties, freeForHandOver, type DelegationParties } from './preview-delegation';
import type { SchedulingDeps } from './scheduling-deps';

export const ZDelegateInput = z.object({
  toLeaderId: z.string().uuid(),
  /** the new meeting's start: the conversation's own to keep the time; ignored when the meeting is over */
  start: z.string().datetime(),
  /** the leader's own words to the employee, added to the standard text */
  note: z.string().trim().max(1000).default(''),
});
export type DelegateInput = z.infer<typeof ZDelegateInput>;

export interface Delegated {
  conversation: Conversation;
  delegation: Delegation;
}

export async function delegateConversation(
  deps: SchedulingDeps,
  input: DelegateInput & { userId: string; conversationId: string; surface?: Surface },
): Promise<Delegated> {
  const history = await listDelegations(deps.store, input.conversationId);
  const last = history.at(-1);
  // a repeat of a hand-over that went through (a double click, a lost answer): the same answer again
  if (
    last?.value.state === 'done' &&
    last.value.fromId === input.userId &&
    last.value.toId === input.toLeaderId
  ) {
    const { value } = await requireConversation(deps.store, input.conversationId);
    if (value.conductorId === input.toLeaderId) return { conversation: value, delegation: last.value };
  }
  // the conversation moved but the record was not marked: the hand-over happened, record it as done
  if (
    last?.value.state === 'started' &&
    last.value.fromId === input.userId &&
    last.value.toId === input.toLeaderId
  ) {
    const { value } = await requireConversation(deps.store, input.conversationId);
    if (value.conductorId === input.toLeaderId) {
      await tellNewConductor(deps, last.value);
      const done = await saveDelegation(deps.store, { ...last.value, state: 'done' }, last.etag);
      return { conversation: value, delegation: done.value };
    }
  }
  const parties = await delegationParties(deps, input);
  const unfinished = last?.value.state === 'started' ? last : null;
  if (unfinished && unfinished.value.toId === input.toLeaderId)
    return finish(deps, parties, unfinished.value, unfinished.etag, input);
  // another target than the one that failed: that attempt is given up (its cancellation, if sent, stands)
  if (unfinished)
    await saveDelegation(deps.store, { ...unfinished.value, state: 'abandoned' }, unfinished.etag);

  const { conversation, employee, from, to } = parties;
  const now = deps.clock.now();
  const held = Date.parse(conversation.start) <= now.getTime();
  const start = held ? conversation.start : input.start;
  const end = new Date(
    Date.parse(start) + Date.parse(conversation.end) - Date.parse(conversation.start),
  ).toISOString();
  if (!held) {
    if (Date.parse(start) <= now.getTime())
      throw new AppError('bad-request', 'start is in the past', 'body.start');
    if (!(await freeForHandOver(deps, parties, start, end)))
      throw new AppError('slot-taken', `${to.id} or ${employee.id} is not free at ${start}`);
  }
  const delegation: Delegation = {
    id: deps.newId(),
    conversationId: conversation.id,
    number: history.length + 1,
    fromId: from.id,
    fromName: from.displayName,
    toId: to.id,
    toName: to.displayName,
    at: now.toISOString(),
    oldStart: conversation.start,
    newStart: start,
    newEnd: end,
    oldMeeting:
      !held && conversation.meeting
        ? { organizerId: conversation.conductorId, eventId: conversation.meeting.eventId }
        : null,
    message: delegationMessage({
      language: languageFromLocale(employee.preferredLanguage),
      kind: conversation.kind,
      fromName: from.displayName,
      toName: to.displayName,
      start,
      sameTime: Date.parse(start) === Date.parse(conversation.start),
      note: input.note,
    }),
    state: 'started',
  };
  const stored = await insertDelegation(deps.store, delegation);
  return finish(deps, parties, delegation, stored.etag, input);
}

async function finish(
  deps: SchedulingDeps,
  { conversation, etag, employee, to }: DelegationParties,
  delegation: Delegation,
  delegationEtag: string,
  caller: { userId: string; surface?: Surface },
): Promise<Delegated> {
  const now = deps.clock.now();
  if (delegation.oldMeeting)
    await deps.calendar.cancelMeeting(
      delegation.oldMeeting.organizerId,
      delegation.oldMeeting.eventId,
      delegation.message,
    );
  let moved: Conversation = {
    ...conversation,
    conductorId: to.id,
    start: delegation.newStart,
    end: delegation.newEnd,
    // a request for another time is answered by a new time; kept, the new conductor sees it
    newTimeRequest: delegation.newStart === delegation.oldStart ? conversation.newTimeRequest : null,
    updatedAt: now.toISOString(),
  };
  if (delegation.oldMeeting || !conversation.meeting) {
    // a meeting is booked for a conversation still to come; one that is over keeps its (past) meeting
    if (Date.parse(delegation.newStart) > now.getTime()) {
      const meeting = await deps.calendar.createMeeting({
        ...meetingFor(moved, { employee, conductor: to }, deps.publicUrl),
        // a transactionId per hand-over: handed back to the first conductor, it must book anew
        transactionId: `${conversation.id}.d${delegation.number}`,
      });
      moved = withMeeting(moved, meeting, now);
    }
  }
  const saved = (await updateConversation(deps.store, moved, etag)).value;
  // the new conductor's list finds it; the old one's row stays behind and listConversations drops it
  await indexConversation(deps.store, saved);
  await tellNewConductor(deps, delegation);
  const done = await saveDelegation(deps.store, { ...delegation, state: 'done' }, delegationEtag);
  await audit(deps, {
    actorId: caller.userId,
    conversationId: conversation.id,
    action: 'delegate-conversation',
    surface: caller.surface ?? 'api',
    part: to.id,
  });
  return { conversation: saved, delegation: done.value };
}

/** the same notice a shared round's co-conductor gets; one per hand-over, so handed back it is told again */
function tellNewConductor(deps: SchedulingDeps, delegation: Delegation): Promise<void> {
  return queueNotice(
    deps,
    delegation.toId,
    { type: 'leader-notification', event: 'conductor-assigned', conversationId: delegation.conversationId },
    `d${delegation.number}`,
  );
}
