// The delivery worker's renderer (app/delivery-deps.ts NoticeRenderer): a notice's current content
// (app/notice-content.ts) as the card the person gets in Teams, or as the e-mail that stands in for it.
import type { NoticeRenderer } from '../../app/delivery-deps';
import { noticeContent, type NoticeContent } from '../../app/notice-content';
import type { AdaptiveCard } from '../../cards/card';
import { leaderNotificationCard } from '../../cards/leader-notification';
import { reminderCard } from '../../cards/reminder';
import type { Language } from '../../core/org';
import type { BotDeps } from './bot-deps';
import { conversationUrl, invitationCardFrom, prepareUrl, referatCardFrom } from './card-data';
import { noticeMail } from './notice-mail';
import { summaryOf } from './notice-summary';

export function createNoticeRenderer(deps: BotDeps): NoticeRenderer {
  return {
    async chat(notice, language) {
      const content = await noticeContent(deps, notice, language);
      return content
        ? { card: cardOf(content, language, deps.publicUrl), summary: summaryOf(content, language) }
        : null;
    },
    async mail(notice, recipient, language) {
      const content = await noticeContent(deps, notice, language);
      return content ? noticeMail(content, recipient, language, deps.publicUrl) : null;
    },
  };
}

export function cardOf(content: NoticeContent, language: Language, publicUrl: string): AdaptiveCard {
  switch (content.type) {
    case 'invitation':
      return invitationCardFrom(content.view, language);
    case 'referat-to-approve':
      return referatCardFrom(content.view, language, publicUrl);
    case 'leader-notification': {
      const c = content.conversation;
      const base = {
        employeeName: content.employeeName,
        kind: c.kind,
        start: c.start,
        end: c.end,
        openUrl: conversationUrl(publicUrl, c.id),
      };
      if (content.event === 'other-time-requested')
        return leaderNotificationCard(
          { ...base, event: content.event, reason: content.reason, preferredTimes: content.preferredTimes },
          language,
        );
      if (content.event === 'referat-commented')
        return leaderNotificationCard({ ...base, event: content.event, comment: content.comment }, language);
      if (content.event === 'conductor-assigned')
        return leaderNotificationCard({ ...base, event: content.event, byName: content.byName }, language);
      return leaderNotificationCard({ ...base, event: content.event }, language);
    }
    case 'reminder':
      return reminderCardOf(content, language, publicUrl);
  }
}

function reminderCardOf(
  content: Extract<NoticeContent, { type: 'reminder' }>,
  language: Language,
  publicUrl: string,
): AdaptiveCard {
  if (content.reminder === 'checklist-item-due')
    return reminderCard(
      { reminder: content.reminder, item: content.item, due: content.due, openUrl: `${publicUrl}/tab/` },
      language,
    );
  const c = content.conversation;
  const ref = { conversationId: c.id, cardVersion: content.cardVersion };
  switch (content.reminder) {
    case 'preparation-missing':
      return reminderCard(
        {
          ...ref,
          reminder: content.reminder,
          kind: c.kind,
          start: c.start,
          end: c.end,
          openUrl: prepareUrl(publicUrl, c.id),
        },
        language,
      );
    case 'referat-to-approve':
      return reminderCard(
        { ...ref, reminder: content.reminder, kind: c.kind, openUrl: conversationUrl(publicUrl, c.id) },
        language,
      );
    case 'action-deadline-near':
      return reminderCard(
        {
          reminder: content.reminder,
          what: content.what,
          deadline: content.deadline,
          openUrl: conversationUrl(publicUrl, c.id),
        },
        language,
      );
  }
}
