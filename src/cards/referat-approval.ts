// The referat sent to the employee to approve (DESIGN §2.6): the summary section by section and the action
// plan, approve or comment. The approval carries the SHA-256 of the content the employee read, so an
// approval of an older text is refused; and when the text changed since the card was last sent, it says so.
import { z } from 'zod';
import template from '../../adaptive-cards/referat-approval.json';
import { KIND_NAMES } from '../core/kind-names';
import { ZConversationKind, ZIsoDate, type Language } from '../core/org';
import { expandCard, ZCardRef, ZInstant, ZUserId, type AdaptiveCard } from './card';
import { formatDate, formatInstant } from './format';
import { CARD_TEXTS } from './texts';
import { CARD_VERBS } from './verbs';

export const ZReferatApprovalCardData = ZCardRef.extend({
  employeeUserId: ZUserId,
  kind: ZConversationKind,
  heldOn: ZIsoDate,
  /** the referat's sections as the leader wrote them, titles in the employee's language */
  sections: z.array(z.object({ title: z.string().min(1), text: z.string() })),
  actions: z.array(
    z.object({
      what: z.string().min(1),
      who: z.string().min(1),
      deadline: ZIsoDate.nullable(),
      sharedNeed: z.boolean(),
    }),
  ),
  /** 004: "ingen spesielle tiltak" recorded instead of an action plan */
  noSpecialActions: z.boolean(),
  /** SHA-256 (hex) of the exact referat content on this card */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex'),
  /** when the content changed after the employee was last sent it; null when it has not */
  changedAt: ZInstant.nullable(),
  openUrl: z.url().nullable(),
  /** when this employee approved this content; the buttons are then gone */
  approvedAt: ZInstant.nullable().default(null),
  /** false before the leader has approved: the employee approves what the leader stands behind */
  leaderApproved: z.boolean().default(true),
  /** when the employee's comment went to the leader */
  commentSentAt: ZInstant.nullable().default(null),
});
export type ReferatApprovalCardData = z.input<typeof ZReferatApprovalCardData>;

export function referatApprovalCard(data: ReferatApprovalCardData, language: Language): AdaptiveCard {
  const d = ZReferatApprovalCardData.parse(data);
  const t = CARD_TEXTS[language];
  const yesNo = (b: boolean) => (b ? t.preparation.yes : t.preparation.no);
  return expandCard(template, {
    t: { ...t.referat, title: t.referat.title(KIND_NAMES[d.kind][language]), open: t.openInSamtale },
    verbs: CARD_VERBS,
    conversationId: d.conversationId,
    cardVersion: d.cardVersion,
    userIds: [d.employeeUserId],
    heldOn: t.referat.heldOn(formatDate(d.heldOn, language)),
    changed: d.changedAt ? t.referat.changed(formatInstant(d.changedAt, language)) : '',
    sections: d.sections.filter((s) => s.text.trim() !== ''),
    noSpecialActions: d.noSpecialActions && d.actions.length === 0,
    hasPlan: d.noSpecialActions || d.actions.length > 0,
    actions: d.actions.map((a) => ({
      what: a.what,
      who: a.who,
      deadline: a.deadline ? formatDate(a.deadline, language) : '–',
      sharedNeed: yesNo(a.sharedNeed),
    })),
    contentHash: d.contentHash,
    openUrl: d.openUrl ?? '',
    status: d.approvedAt
      ? t.referat.approvedByYou(formatInstant(d.approvedAt, language))
      : !d.leaderApproved
        ? t.referat.waitingForLeader
        : d.commentSentAt
          ? t.referat.commentSent(formatInstant(d.commentSentAt, language))
          : '',
    canApprove: !d.approvedAt && d.leaderApproved,
  });
}
