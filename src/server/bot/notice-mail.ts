// A notice by e-mail, for someone Teams cannot reach (issue 5, item 5: "the same content and a link"). The
// invitation carries what its card shows; everything about a referat or a preparation says only that
// something waits, with the link: the content is confidential (offl. § 13) and stays in Samtale.
import { BOT_TEXTS } from '../../cards/bot-texts';
import { CARD_TEXTS } from '../../cards/texts';
import { formatDate, formatDuration, formatMeetingTime } from '../../cards/format';
import type { NoticeMail } from '../../app/delivery-deps';
import type { NoticeContent } from '../../app/notice-content';
import { KIND_NAMES } from '../../core/kind-names';
import type { Language } from '../../core/org';
import type { DirectoryPerson } from '../../ports/directory';
import { conversationUrl, prepareUrl } from './card-data';
import { summaryOf } from './notice-summary';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraph = (text: string) => `<p>${escape(text).replace(/\n/g, '<br>')}</p>`;

export function noticeMail(
  content: NoticeContent,
  recipient: DirectoryPerson,
  language: Language,
  publicUrl: string,
): NoticeMail | null {
  const senderId = content.senderId;
  if (!senderId) return null; // no leader to send from (the top of the tree): nothing goes by e-mail
  const b = BOT_TEXTS[language].mail;
  const { subject, lines, url } = body(content, language, publicUrl);
  const html = [
    ...lines.map(paragraph),
    `<p><a href="${escape(url)}">${escape(b.open)}</a></p>`,
    `<p style="color:#616161">${escape(b.whyMail)}</p>`,
  ].join('\n');
  return {
    fromUserId: senderId,
    to: { mail: recipient.mail, name: recipient.displayName },
    subject,
    html,
    attachments: [],
  };
}

function body(
  content: NoticeContent,
  language: Language,
  publicUrl: string,
): { subject: string; lines: string[]; url: string } {
  const t = CARD_TEXTS[language];
  const b = BOT_TEXTS[language].mail;
  if (content.type === 'invitation') {
    const c = content.view.conversation;
    const kind = KIND_NAMES[c.kind][language];
    const shortNotice = content.view.shortNotice;
    return {
      subject: b.invitationSubject(kind),
      lines: [
        t.purpose[c.kind],
        `${t.leader}: ${content.view.conductorName}`,
        `${t.when}: ${formatMeetingTime(c.start, c.end, language)} (${formatDuration(c.start, c.end, language)})`,
        `${t.where}: ${[c.location?.displayName ?? '', c.online ? t.teamsMeeting : ''].filter(Boolean).join(' / ') || t.teamsMeeting}`,
        ...(shortNotice ? [t.invitation.shortNotice(shortNotice.days, shortNotice.minDays)] : []),
        ...(c.specialTopics.trim() ? [`${t.invitation.topics}:\n${c.specialTopics.trim()}`] : []),
      ],
      url: prepareUrl(publicUrl, c.id),
    };
  }
  if (content.type === 'referat-to-approve') {
    const c = content.view.conversation;
    return {
      subject: b.referatSubject(KIND_NAMES[c.kind][language]),
      lines: [b.referatBody, b.confidential],
      url: conversationUrl(publicUrl, c.id),
    };
  }
  if (content.type === 'leader-notification') {
    const c = content.conversation;
    return {
      // from the leader who gave them the conversation, when that is what it says
      subject: b.notificationSubject(
        content.event === 'conductor-assigned' ? content.byName : content.employeeName,
      ),
      lines: [
        summaryOf(content, language),
        `${KIND_NAMES[c.kind][language]}, ${formatMeetingTime(c.start, c.end, language)}`,
        b.confidential,
      ],
      url: conversationUrl(publicUrl, c.id),
    };
  }
  if (content.reminder === 'checklist-item-due')
    return {
      subject: b.reminderSubject,
      lines: [
        t.reminder.checklistItemDue(content.item, formatDate(content.due, language)),
        content.personName,
      ].filter(Boolean),
      url: `${publicUrl}/tab/`,
    };
  const c = content.conversation;
  const line =
    content.reminder === 'action-deadline-near'
      ? t.reminder.actionDeadlineNear(content.what, formatDate(content.deadline, language))
      : content.reminder === 'preparation-missing'
        ? t.reminder.preparationMissing
        : t.reminder.referatToApprove;
  return {
    subject: b.reminderSubject,
    lines: [line, `${KIND_NAMES[c.kind][language]}, ${formatMeetingTime(c.start, c.end, language)}`],
    url:
      content.reminder === 'preparation-missing'
        ? prepareUrl(publicUrl, c.id)
        : conversationUrl(publicUrl, c.id),
  };
}
