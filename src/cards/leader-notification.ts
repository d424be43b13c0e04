// What the leader is told in Teams when the employee acts on a card: the preparation is submitted, another
// time is asked for (with the reason and the times that suit better, 000), or the referat is approved; and
// when another leader made them the conductor (a shared round's co-conductor, 003; a hand-over, 002).
import { z } from 'zod';
import template from '../../adaptive-cards/leader-notification.json';
import { KIND_NAMES } from '../core/kind-names';
import { ZConversationKind, type Language } from '../core/org';
import { expandCard, ZInstant, type AdaptiveCard } from './card';
import { formatMeetingTime } from './format';
import { CARD_TEXTS } from './texts';

const ZBase = z.object({
  employeeName: z.string().min(1),
  kind: ZConversationKind,
  start: ZInstant,
  end: ZInstant,
  /** the conversation's workspace in the tab */
  openUrl: z.url(),
});

export const ZLeaderNotificationCardData = z.discriminatedUnion('event', [
  ZBase.extend({ event: z.literal('preparation-submitted') }),
  ZBase.extend({
    event: z.literal('other-time-requested'),
    reason: z.string().trim().min(1),
    preferredTimes: z.string(),
  }),
  ZBase.extend({ event: z.literal('referat-approved') }),
  /** the employee commented instead of approving: the comment goes to the leader alone */
  ZBase.extend({ event: z.literal('referat-commented'), comment: z.string().trim().min(1) }),
  /** the leader who gave the recipient the conversation */
  ZBase.extend({ event: z.literal('conductor-assigned'), byName: z.string().trim().min(1) }),
]);
export type LeaderNotificationCardData = z.infer<typeof ZLeaderNotificationCardData>;

export function leaderNotificationCard(data: LeaderNotificationCardData, language: Language): AdaptiveCard {
  const d = ZLeaderNotificationCardData.parse(data);
  const t = CARD_TEXTS[language];
  const kind = KIND_NAMES[d.kind][language];
  return expandCard(template, {
    t: { ...t.notification, open: t.openInSamtale },
    text: notificationSentence(d, language),
    when: `${kind}, ${formatMeetingTime(d.start, d.end, language)}`,
    reason: d.event === 'other-time-requested' ? d.reason.trim() : '',
    preferredTimes: d.event === 'other-time-requested' ? d.preferredTimes.trim() : '',
    comment: d.event === 'referat-commented' ? d.comment.trim() : '',
    openUrl: d.openUrl,
  });
}

/** the card's first line, also its summary in the Teams notification and the e-mail in its place */
export function notificationSentence(
  d: Pick<LeaderNotificationCardData, 'event' | 'employeeName'> & { byName?: string },
  language: Language,
): string {
  const n = CARD_TEXTS[language].notification;
  switch (d.event) {
    case 'preparation-submitted':
      return n.preparationSubmitted(d.employeeName);
    case 'other-time-requested':
      return n.otherTimeRequested(d.employeeName);
    case 'referat-approved':
      return n.referatApproved(d.employeeName);
    case 'referat-commented':
      return n.referatCommented(d.employeeName);
    case 'conductor-assigned':
      return n.conductorAssigned(d.employeeName, d.byName ?? '–');
  }
}
