// The invitation the bot sends the employee (DESIGN §2.3; 000: "innkalling 1-2 uker i forveien"; 002: the
// leader's special topics go into it): time, place or Teams link, duration, purpose, topics, and buttons to
// prepare, accept or ask for another time with a reason and preferred times.
import { z } from 'zod';
import template from '../../adaptive-cards/invitation.json';
import { KIND_NAMES } from '../core/kind-names';
import { ZConversationKind, type Language } from '../core/org';
import { expandCard, ZCardRef, ZInstant, ZUserId, type AdaptiveCard } from './card';
import { formatDuration, formatInstant, formatMeetingTime } from './format';
import { CARD_TEXTS } from './texts';
import { CARD_VERBS } from './verbs';

export const ZInvitationCardData = ZCardRef.extend({
  kind: ZConversationKind,
  /** the employee: the card refreshes for them alone */
  employeeUserId: ZUserId,
  conductorName: z.string().min(1),
  start: ZInstant,
  end: ZInstant,
  /** a room or an address; empty when the meeting is only on Teams */
  location: z.string(),
  /** the Teams meeting's join link, when there is one */
  teamsJoinUrl: z.url().nullable(),
  /** 002: what the leader wants to raise, as the leader wrote it; empty when none */
  specialTopics: z.string(),
  /** 000: booked closer than the policy's minimum (invitation.minDaysAhead): the card says so plainly */
  shortNotice: z
    .object({ days: z.number().int().min(0), minDays: z.number().int().min(1) })
    .nullable()
    .default(null),
  /** when the employee pressed accept; the button is then gone */
  acceptedAt: ZInstant.nullable().default(null),
  /** when the employee asked for another time (000); the leader is finding one */
  otherTimeAskedAt: ZInstant.nullable().default(null),
  cancelled: z.boolean().default(false),
}).refine((d) => d.end > d.start, { message: 'the meeting must end after it starts', path: ['end'] });
export type InvitationCardData = z.input<typeof ZInvitationCardData>;

export function invitationCard(data: InvitationCardData, language: Language): AdaptiveCard {
  const d = ZInvitationCardData.parse(data);
  const t = CARD_TEXTS[language];
  const kind = KIND_NAMES[d.kind][language];
  const status = invitationStatus(d, language);
  const where = [d.location.trim(), d.teamsJoinUrl ? t.teamsMeeting : ''].filter(Boolean).join(' / ');
  return expandCard(template, {
    t: { ...t, ...t.invitation, title: t.invitation.title(kind) },
    verbs: CARD_VERBS,
    conversationId: d.conversationId,
    cardVersion: d.cardVersion,
    userIds: [d.employeeUserId],
    purpose: t.purpose[d.kind],
    conductorName: d.conductorName,
    when: formatMeetingTime(d.start, d.end, language),
    duration: formatDuration(d.start, d.end, language),
    where: where || t.teamsMeeting,
    topics: d.specialTopics.trim(),
    teamsJoinUrl: d.teamsJoinUrl ?? '',
    shortNotice: d.shortNotice ? t.invitation.shortNotice(d.shortNotice.days, d.shortNotice.minDays) : '',
    status: status.text,
    statusStyle: status.style,
    canPrepare: !d.cancelled,
    canAccept: !d.cancelled && !d.acceptedAt && !d.otherTimeAskedAt,
    canAskOtherTime: !d.cancelled && !d.otherTimeAskedAt,
  });
}

/** what has happened since the invitation, most decisive first: cancelled, another time asked, accepted */
function invitationStatus(
  d: z.output<typeof ZInvitationCardData>,
  language: Language,
): { text: string; style: 'attention' | 'warning' | 'good' | 'default' } {
  const t = CARD_TEXTS[language].invitation;
  if (d.cancelled) return { text: t.cancelled, style: 'attention' };
  if (d.otherTimeAskedAt)
    return { text: t.otherTimeAsked(formatInstant(d.otherTimeAskedAt, language)), style: 'warning' };
  if (d.acceptedAt) return { text: t.accepted(formatInstant(d.acceptedAt, language)), style: 'good' };
  return { text: '', style: 'default' };
}
