// What a stored notice says when it is delivered (the delivery worker's renderer asks this, then makes the
// card or the e-mail): the notice's ids turned into the current state, or null when there is nothing to say
// any more. A notice can wait in the outbox a while (Teams down, a retry), so it is judged as of delivery:
// a cancelled conversation gets no invitation, a moved one only its newest, a referat changed since the
// leader approved gets no card (the next approval queues a new one), a preparation sent no reminder.
import { cardVersionOf } from '../core/card-version';
import type { Conversation } from '../core/conversation';
import { AppError } from '../core/errors';
import { noticeKey, type AddressedNotice } from '../core/notices';
import type { Language } from '../core/org';
import { contentHash } from '../core/referat/canonical';
import type { AuditDeps } from './audit-log';
import { invitationNotice } from './book-conversation';
import { listChecklistsOfPerson } from './checklists-repo';
import { listReferatComments } from './comment-referat';
import { getConversation } from './conversations-repo';
import { listDelegations } from './delegations-repo';
import { invitationCardView, type InvitationCardView } from './invitation-card-view';
import { getPreparation } from './preparations-repo';
import { referatCardView, type ReferatCardView } from './referat-card-view';
import { getReferat } from './referats-repo';
import type { SchedulingDeps } from './scheduling-deps';

type Deps = Pick<SchedulingDeps, 'store' | 'directory' | 'clock' | 'policyFor'> & AuditDeps;

interface About {
  conversation: Conversation;
  cardVersion: number;
  /** whose mailbox an e-mail in its place goes from: the conductor's (a reply reaches the leader) */
  senderId: string;
}

export type NoticeContent =
  | { type: 'invitation'; view: InvitationCardView; senderId: string }
  | { type: 'referat-to-approve'; view: ReferatCardView; senderId: string }
  | (About & {
      type: 'leader-notification';
      event: Extract<AddressedNotice['notice'], { type: 'leader-notification' }>['event'];
      employeeName: string;
      reason: string;
      preferredTimes: string;
      comment: string;
      /** conductor-assigned: the leader who made the recipient the conductor; else empty */
      byName: string;
    })
  | (About & { type: 'reminder'; reminder: 'preparation-missing' | 'referat-to-approve' })
  | (About & { type: 'reminder'; reminder: 'action-deadline-near'; what: string; deadline: string })
  | {
      type: 'reminder';
      reminder: 'checklist-item-due';
      item: string;
      due: string;
      /** the new hire or leaver, and their leader (who sends the e-mail) */
      personName: string;
      senderId: string | null;
    };

export async function noticeContent(
  deps: Deps,
  addressed: AddressedNotice,
  language: Language,
): Promise<NoticeContent | null> {
  const { notice, recipientId } = addressed;
  if (notice.type === 'reminder' && notice.reminder === 'checklist-item-due') {
    const lists = await listChecklistsOfPerson(deps.store, notice.personId);
    const item = lists.flatMap((l) => l.items).find((row) => row.value.id === notice.itemId)?.value;
    if (!item || item.done || item.deadline !== notice.due) return null;
    const [person, leader] = await Promise.all([
      deps.directory.getPerson(notice.personId),
      deps.directory.getManager(notice.personId),
    ]);
    return {
      type: 'reminder',
      reminder: 'checklist-item-due',
      item: item.text[language],
      due: item.deadline,
      personName: person?.displayName ?? '',
      senderId: leader?.id ?? null,
    };
  }

  const stored = await getConversation(deps.store, notice.conversationId);
  if (!stored || stored.value.status !== 'booked') return null;
  const conversation = stored.value;
  const about: About = {
    conversation,
    cardVersion: cardVersionOf(conversation),
    senderId: conversation.conductorId,
  };
  const ids = { userId: recipientId, conversationId: conversation.id };
  try {
    switch (notice.type) {
      case 'invitation': {
        // moved since: the newest invitation (another key) says the new time; this one stays unsent
        if (addressed.key !== noticeKey(recipientId, invitationNotice(conversation.id), conversation.start))
          return null;
        return { type: 'invitation', view: await invitationCardView(deps, ids), senderId: about.senderId };
      }
      case 'referat-to-approve': {
        // the employee's card shows the content: a read of it, through the bot (DESIGN §6)
        const view = await referatCardView(deps, { ...ids, language, logRead: true });
        if (!view.leaderApproved || view.approvedByMeAt) return null;
        if (addressed.key !== noticeKey(recipientId, notice, view.contentHash.slice(0, 16))) return null;
        return { type: 'referat-to-approve', view, senderId: about.senderId };
      }
      case 'leader-notification':
        return notice.event === 'conductor-assigned'
          ? conductorAssigned(deps, about, recipientId)
          : leaderNotification(deps, about, notice.event);
      case 'reminder':
        return reminder(deps, about, recipientId, notice);
    }
  } catch (error) {
    // no longer a party (the conversation was handed to another leader), or the referat is gone
    if (error instanceof AppError && (error.code === 'forbidden' || error.code === 'not-found')) return null;
    throw error;
  }
}

async function leaderNotification(
  deps: Deps,
  about: About,
  event: Exclude<Extract<NoticeContent, { type: 'leader-notification' }>['event'], 'conductor-assigned'>,
): Promise<NoticeContent | null> {
  const { conversation } = about;
  const employee = await deps.directory.getPerson(conversation.employeeId);
  const request = conversation.newTimeRequest;
  if (event === 'other-time-requested' && !request) return null; // answered already: the meeting was moved
  const comment =
    event === 'referat-commented'
      ? ((await listReferatComments(deps.store, conversation.id))
          .filter((c) => c.by === conversation.employeeId)
          .at(-1)?.comment ?? '')
      : '';
  if (event === 'referat-commented' && !comment) return null;
  return {
    ...about,
    type: 'leader-notification',
    event,
    employeeName: employee?.displayName ?? '–',
    reason: request?.reason ?? '',
    preferredTimes: request?.preferredTimes ?? '',
    comment,
    byName: '',
  };
}

/**
 * The conductor told that another leader gave them the conversation: the leader who handed it to them (002),
 * else the one who planned the round they share (003, the conversation's createdBy). It goes from that
 * leader's mailbox when it goes by e-mail, so a reply reaches them. Handed on again since: nothing to say.
 */
async function conductorAssigned(
  deps: Deps,
  about: About,
  recipientId: string,
): Promise<NoticeContent | null> {
  const { conversation } = about;
  if (recipientId !== conversation.conductorId) return null;
  const last = (await listDelegations(deps.store, conversation.id)).at(-1)?.value;
  const byId = last?.state === 'done' && last.toId === recipientId ? last.fromId : conversation.createdBy;
  if (byId === recipientId) return null;
  const [employee, by] = await Promise.all([
    deps.directory.getPerson(conversation.employeeId),
    deps.directory.getPerson(byId),
  ]);
  return {
    ...about,
    senderId: byId,
    type: 'leader-notification',
    event: 'conductor-assigned',
    employeeName: employee?.displayName ?? '–',
    reason: '',
    preferredTimes: '',
    comment: '',
    byName: by?.displayName ?? '–',
  };
}

async function reminder(
  deps: Deps,
  about: About,
  recipientId: string,
  notice: Extract<AddressedNotice['notice'], { type: 'reminder' }>,
): Promise<NoticeContent | null> {
  const { conversation } = about;
  const side = recipientId === conversation.conductorId ? 'leader' : 'employee';
  switch (notice.reminder) {
    case 'preparation-missing': {
      const preparation = await getPreparation(deps.store, conversation.id, side);
      return preparation?.value.submittedAt
        ? null
        : { ...about, type: 'reminder', reminder: notice.reminder };
    }
    case 'referat-to-approve': {
      const referat = await getReferat(deps.store, conversation.id);
      if (!referat) return null;
      const hash = contentHash(referat.value);
      const signed = referat.value.approvals.some((a) => a.by === recipientId && a.contentHash === hash);
      return signed ? null : { ...about, type: 'reminder', reminder: notice.reminder };
    }
    case 'action-deadline-near': {
      const action = (await getReferat(deps.store, conversation.id))?.value.actions.find(
        (a) => a.id === notice.actionId,
      );
      if (!action) return null;
      return {
        ...about,
        type: 'reminder',
        reminder: notice.reminder,
        what: action.what,
        deadline: action.deadline,
      };
    }
    default:
      return null;
  }
}
