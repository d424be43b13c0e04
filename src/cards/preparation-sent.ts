// What the preparation card becomes after the employee submits: a read-only view of what was sent, for the
// employee alone (refresh.userIds), so nobody else in a shared view sees the answers (DESIGN §6).
import { z } from 'zod';
import template from '../../adaptive-cards/preparation-sent.json';
import { KIND_NAMES } from '../core/kind-names';
import type { Language } from '../core/org';
import { ZPrepAnswers } from '../core/preparation/preparation';
import { ZCondition, ZTemplate } from '../core/templates/template';
import { answeredSections } from './answers-view';
import { expandCard, ZCardRef, ZInstant, ZUserId, type AdaptiveCard } from './card';
import { formatInstant, formatMeetingTime } from './format';
import { CARD_TEXTS } from './texts';
import { CARD_VERBS } from './verbs';

export const ZPreparationSentCardData = ZCardRef.extend({
  employeeUserId: ZUserId,
  template: ZTemplate,
  conditions: z.array(ZCondition),
  start: ZInstant,
  end: ZInstant,
  submittedAt: ZInstant,
  answers: ZPrepAnswers,
  /** the tab's deep link to the conversation; null leaves the button out */
  openUrl: z.url().nullable(),
});
export type PreparationSentCardData = z.infer<typeof ZPreparationSentCardData>;

export function preparationSentCard(data: PreparationSentCardData, language: Language): AdaptiveCard {
  const d = ZPreparationSentCardData.parse(data);
  const t = CARD_TEXTS[language];
  const kind = KIND_NAMES[d.template.kind][language];
  return expandCard(template, {
    t: { ...t.preparation, open: t.openInSamtale },
    verbs: CARD_VERBS,
    conversationId: d.conversationId,
    cardVersion: d.cardVersion,
    userIds: [d.employeeUserId],
    kindAndTime: `${kind}, ${formatMeetingTime(d.start, d.end, language)}`,
    sentAt: t.preparation.sentAt(formatInstant(d.submittedAt, language)),
    sections: answeredSections(d.template, { conditions: d.conditions }, d.answers, language),
    openUrl: d.openUrl ?? '',
  });
}
