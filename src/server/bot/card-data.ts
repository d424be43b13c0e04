// From what a use case returns to the card a person sees: the one mapping the card actions, the refreshes and
// the delivery worker's renderer share, so a card looks the same however it reached the chat.
import type { InvitationCardView } from '../../app/invitation-card-view';
import type { PreparationCardView } from '../../app/preparation-card-view';
import type { ReferatCardView } from '../../app/referat-card-view';
import { BOT_TEXTS } from '../../cards/bot-texts';
import { cardFitsInTeams, type AdaptiveCard } from '../../cards/card';
import { infoCard } from '../../cards/info';
import { invitationCard } from '../../cards/invitation';
import { preparationFormCard } from '../../cards/preparation-form';
import { preparationSentCard } from '../../cards/preparation-sent';
import { referatApprovalCard } from '../../cards/referat-approval';
import { CARD_TEXTS } from '../../cards/texts';
import { osloDateOf } from '../../core/calendar/oslo';
import type { Language } from '../../core/org';

/** the conversation in the tab (the employee is handed to their own page there) */
export function conversationUrl(publicUrl: string, conversationId: string): string {
  return `${publicUrl}/tab/#/conversations/${encodeURIComponent(conversationId)}`;
}

export function prepareUrl(publicUrl: string, conversationId: string): string {
  return `${conversationUrl(publicUrl, conversationId)}/prepare`;
}

export function invitationCardFrom(view: InvitationCardView, language: Language): AdaptiveCard {
  const c = view.conversation;
  return invitationCard(
    {
      conversationId: c.id,
      cardVersion: view.cardVersion,
      kind: c.kind,
      employeeUserId: c.employeeId,
      conductorName: view.conductorName || '–',
      start: c.start,
      end: c.end,
      location: c.location?.displayName ?? '',
      teamsJoinUrl: c.online && c.meeting?.joinUrl ? c.meeting.joinUrl : null,
      specialTopics: c.specialTopics,
      shortNotice: view.shortNotice,
      acceptedAt: view.acceptedAt,
      otherTimeAskedAt: c.newTimeRequest?.requestedAt ?? null,
      cancelled: c.status === 'cancelled',
    },
    language,
  );
}

/**
 * The form, or the sent view once submitted (issue 5: after submit the card refreshes to a user-specific view
 * of what was sent). The leader's own column is in the tab; a form too big for Teams is too (card.ts).
 */
export function preparationCardFrom(
  view: PreparationCardView,
  language: Language,
  publicUrl: string,
  options: { message?: string; answers?: Record<string, string> } = {},
): AdaptiveCard {
  const c = view.conversation;
  if (view.side === 'leader')
    return linkCard(language, CARD_TEXTS[language].preparation.leaderPrepares, prepareUrl(publicUrl, c.id));
  const common = {
    conversationId: c.id,
    cardVersion: view.cardVersion,
    employeeUserId: c.employeeId,
    template: view.template,
    // Whether the position needs HPR authorisation (001) is not known yet: such checks are left out.
    conditions: [],
    start: c.start,
    end: c.end,
  };
  const card = view.submittedAt
    ? preparationSentCard(
        {
          ...common,
          submittedAt: view.submittedAt,
          answers: view.answers,
          openUrl: conversationUrl(publicUrl, c.id),
        },
        language,
      )
    : preparationFormCard(
        {
          ...common,
          specialTopics: c.specialTopics,
          answers: options.answers ?? view.answers,
          etag: view.etag,
          message: options.message ?? '',
        },
        language,
      );
  return cardFitsInTeams(card)
    ? card
    : linkCard(language, CARD_TEXTS[language].openInSamtale, prepareUrl(publicUrl, c.id));
}

export function referatCardFrom(
  view: ReferatCardView,
  language: Language,
  publicUrl: string,
  options: { changed?: boolean } = {},
): AdaptiveCard {
  const c = view.conversation;
  const url = conversationUrl(publicUrl, c.id);
  // the leader reads and signs the referat in the tab, where the private notes are
  if (view.role === 'conductor') return linkCard(language, CARD_TEXTS[language].openInSamtale, url);
  const card = referatApprovalCard(
    {
      conversationId: c.id,
      cardVersion: view.cardVersion,
      employeeUserId: c.employeeId,
      kind: c.kind,
      heldOn: view.heldOn ?? osloDateOf(c.start),
      sections: view.sections.filter((s) => s.title.trim() !== ''),
      actions: view.actions.map((a) => ({
        what: a.what,
        who: a.responsibleName,
        deadline: a.deadline,
        sharedNeed: a.sharedNeed,
      })),
      noSpecialActions: view.noSpecialActions,
      contentHash: view.contentHash,
      changedAt: options.changed ? (view.lastChangedAt ?? new Date().toISOString()) : null,
      openUrl: url,
      approvedAt: view.approvedByMeAt,
      leaderApproved: view.leaderApproved,
      commentSentAt: view.commentSentAt,
    },
    language,
  );
  return cardFitsInTeams(card) ? card : linkCard(language, CARD_TEXTS[language].openInSamtale, url);
}

/** a short card that sends the person to the tab */
export function linkCard(language: Language, line: string, openUrl: string | null): AdaptiveCard {
  return infoCard({ title: 'Samtale', lines: [line], openUrl }, language);
}

/** an action that could not be done, said in the person's language */
export function failedCard(language: Language, message: string, openUrl: string | null): AdaptiveCard {
  return infoCard({ title: BOT_TEXTS[language].failed, lines: [message], openUrl }, language);
}
