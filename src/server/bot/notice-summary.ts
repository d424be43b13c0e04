import type { NoticeContent } from '../../app/notice-content';
import { notificationSentence } from '../../cards/leader-notification';
import { CARD_TEXTS } from '../../cards/texts';
import { KIND_NAMES } from '../../core/kind-names';
import type { Language } from '../../core/org';

/** the line a notification or a client without cards shows */
export function summaryOf(content: NoticeContent, language: Language): string {
  const t = CARD_TEXTS[language];
  switch (content.type) {
    case 'invitation':
      return t.invitation.title(KIND_NAMES[content.view.conversation.kind][language]);
    case 'referat-to-approve':
      return t.referat.title(KIND_NAMES[content.view.conversation.kind][language]);
    case 'leader-notification':
      return notificationSentence(content, language);
    case 'reminder':
      return t.reminder.title;
  }
}
