// Before a conversation is handed over (002): can the new conductor keep its time, and if not, three times
// both are free. Nothing is sent. The leader then confirms a time in delegate-conversation.ts.
import { z } from 'zod';
import type { Conversation } from '../core/conversation';
import { AppError } from '../core/errors';
import { validApprovals } from '../core/referat/approval';
import type { FreeSlot } from '../core/scheduling/slots';
import type { DirectoryPerson } from '../ports/directory';
import { requireConductor } from './access';
import { requireConversation } from './conversations-repo';
import { getReferat } from './referats-repo';
import type { SchedulingDeps } from './scheduling-deps';
import { slotsFor } from './suggest-slots';
import { timeIsFree } from './time-is-free';
import { leadersNear } from './leaders-near';

export const ZDelegationTarget = z.object({ toLeaderId: z.string().uuid() });

export interface DelegationPreview {
  /** the conductor handing it over, as the employee's message names them */
  from: { id: string; displayName: string };
  to: { id: string; displayName: string; mail: string };
  employee: { id: string; displayName: string; mail: string; preferredLanguage: string | null };
  /** the meeting is over: only the preparations and the referat move, Outlook is not touched */
  meetingHeld: boolean;
  /** the new conductor is free at the conversation's time, so it can stay */
  canKeepTime: boolean;
  start: string;
  end: string;
  /** three times both are free (000: 1-2 weeks ahead) when the time cannot stay; empty otherwise */
  suggestions: FreeSlot[];
}

export interface DelegationParties {
  conversation: Conversation;
  etag: string;
  employee: DirectoryPerson;
  from: DirectoryPerson;
  to: DirectoryPerson;
}

/** The checks both steps share: the caller conducts it, the target is a leader near them, nothing signed yet. */
export async function delegationParties(
  deps: SchedulingDeps,
  input: { userId: string; conversationId: string; toLeaderId: string },
): Promise<DelegationParties> {
  const stored = await requireConversation(deps.store, input.conversationId);
  const conversation = stored.value;
  requireConductor(conversation, input.userId);
  if (conversation.status === 'cancelled') throw new AppError('conflict', `${conversation.id} is cancelled`);
  if (input.toLeaderId === input.userId || input.toLeaderId === conversation.employeeId)
    throw new AppError('bad-request', 'hand it to another leader', 'body.toLeaderId');
  const [employee, from, to, near, referat] = await Promise.all([
    deps.directory.getPerson(conversation.employeeId),
    deps.directory.getPerson(input.userId),
    deps.directory.getPerson(input.toLeaderId),
    leadersNear(deps.directory, input.userId),
    getReferat(deps.store, conversation.id),
  ]);
  // 002: to "another leader", agreed with one's own leader: one of the leaders near the conductor, the ones the
  // dialog offers (leaders-near.ts); the new conductor reads everything, so never a leader across the municipality
  if (!to || !near.some((leader) => leader.id === input.toLeaderId))
    throw new AppError('bad-request', `${input.toLeaderId} is not a leader near you`, 'body.toLeaderId');
  if (!employee || !from) throw new AppError('not-found', 'a party left the directory');
  // a signature is the signer's: the one who signed must finish what they signed (or the change voids it)
  if (referat && validApprovals(referat.value).length > 0)
    throw new AppError('conflict', `${conversation.id} has a signed referat`);
  return { conversation, etag: stored.etag, employee, from, to };
}

/**
 * Whether the new conductor and the employee are free at [start, end). The employee's calendar (and a room)
 * holds the conversation's own meeting at its time; that one moves with it, so it does not count.
 */
export async function freeForHandOver(
  deps: SchedulingDeps,
  parties: DelegationParties,
  start: string,
  end: string,
): Promise<boolean> {
  const { conversation, employee, to } = parties;
  const mailboxes = [
    to.mail,
    employee.mail,
    ...(conversation.location?.roomMail ? [conversation.location.roomMail] : []),
  ];
  const schedules = await deps.calendar.getSchedules(to.id, mailboxes, start, end);
  const own = (i: { start: string; end: string }) =>
    Date.parse(i.start) === Date.parse(conversation.start) &&
    Date.parse(i.end) === Date.parse(conversation.end);
  const busy = schedules.flatMap((s) =>
    s.mailbox.toLowerCase() === to.mail.toLowerCase() ? s.items : s.items.filter((i) => !own(i)),
  );
  return timeIsFree(busy, start, end);
}

export async function previewDelegation(
  deps: SchedulingDeps,
  input: { userId: string; conversationId: string; toLeaderId: string },
): Promise<DelegationPreview> {
  const parties = await delegationParties(deps, input);
  const { conversation, employee, from, to } = parties;
  const meetingHeld = Date.parse(conversation.start) <= deps.clock.now().getTime();
  const canKeepTime =
    meetingHeld || (await freeForHandOver(deps, parties, conversation.start, conversation.end));
  const suggestions = canKeepTime
    ? []
    : await slotsFor(deps, { conductor: to, employee, kind: conversation.kind });
  return {
    from: { id: from.id, displayName: from.displayName },
    to: { id: to.id, displayName: to.displayName, mail: to.mail },
    employee: {
      id: employee.id,
      displayName: employee.displayName,
      mail: employee.mail,
      preferredLanguage: employee.preferredLanguage,
    },
    meetingHeld,
    canKeepTime,
    start: conversation.start,
    end: conversation.end,
    suggestions,
  };
}
