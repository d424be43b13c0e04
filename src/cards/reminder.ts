// One reminder card for every kind the sweep sends (DESIGN §2.8): the kind picks the sentence, and the two
// that the person can act on in Teams get a button that brings the card to act with (the preparation form,
// the referat to approve). Every reminder also links to the place in the tab.
import { z } from 'zod';
import template from '../../adaptive-cards/reminder.json';
import { KIND_NAMES } from '../core/kind-names';
import { ZConversationKind, ZIsoDate, type Language } from '../core/org';
import { expandCard, ZCardRef, ZInstant, type AdaptiveCard } from './card';
import { formatDate, formatMeetingTime } from './format';
import { CARD_TEXTS } from './texts';
import { CARD_VERBS } from './verbs';

const ZOpenUrl = z.object({ openUrl: z.url() });

export const ZReminderCardData = z.discriminatedUnion('reminder', [
  ZCardRef.extend(ZOpenUrl.shape).extend({
    reminder: z.literal('preparation-missing'),
    kind: ZConversationKind,
    start: ZInstant,
    end: ZInstant,
  }),
  ZCardRef.extend(ZOpenUrl.shape).extend({
    reminder: z.literal('referat-to-approve'),
    kind: ZConversationKind,
  }),
  ZOpenUrl.extend({
    reminder: z.literal('action-deadline-near'),
    what: z.string().min(1),
    deadline: ZIsoDate,
  }),
  ZOpenUrl.extend({ reminder: z.literal('checklist-item-due'), item: z.string().min(1), due: ZIsoDate }),
]);
export type ReminderCardData = z.infer<typeof ZReminderCardData>;

const NO_EXECUTE = { verb: '', title: '', conversationId: '', cardVersion: 0 };

function sentenceAndButton(d: ReminderCardData, language: Language) {
  const t = CARD_TEXTS[language].reminder;
  switch (d.reminder) {
    case 'preparation-missing':
      return {
        text: t.preparationMissing,
        detail: `${KIND_NAMES[d.kind][language]}, ${formatMeetingTime(d.start, d.end, language)}`,
        execute: {
          verb: CARD_VERBS.prepare,
          title: t.prepare,
          conversationId: d.conversationId,
          cardVersion: d.cardVersion,
        },
      };
    case 'referat-to-approve':
      return {
        text: t.referatToApprove,
        detail: KIND_NAMES[d.kind][language],
        execute: {
          verb: CARD_VERBS.openReferat,
          title: t.readReferat,
          conversationId: d.conversationId,
          cardVersion: d.cardVersion,
        },
      };
    case 'action-deadline-near':
      return {
        text: t.actionDeadlineNear(d.what, formatDate(d.deadline, language)),
        detail: '',
        execute: NO_EXECUTE,
      };
    case 'checklist-item-due':
      return {
        text: t.checklistItemDue(d.item, formatDate(d.due, language)),
        detail: '',
        execute: NO_EXECUTE,
      };
  }
}

export function reminderCard(data: ReminderCardData, language: Language): AdaptiveCard {
  const d = ZReminderCardData.parse(data);
  const t = CARD_TEXTS[language];
  return expandCard(template, {
    t: { title: t.reminder.title, open: t.openInSamtale },
    ...sentenceAndButton(d, language),
    openUrl: d.openUrl,
  });
}
