// Every card with its example data, named as the screenshots are: one place for the unit and e2e tests.
import { invitationCard } from '../../../src/cards/invitation';
import { leaderNotificationCard } from '../../../src/cards/leader-notification';
import { notAllowedCard } from '../../../src/cards/not-allowed';
import { preparationFormCard } from '../../../src/cards/preparation-form';
import { preparationSentCard } from '../../../src/cards/preparation-sent';
import { referatApprovalCard } from '../../../src/cards/referat-approval';
import { reminderCard } from '../../../src/cards/reminder';
import { infoCard } from '../../../src/cards/info';
import { myConversationsCard } from '../../../src/cards/my-conversations';
import type { AdaptiveCard } from '../../../src/cards/card';
import type { Language } from '../../../src/core/org';
import * as ex from './examples';

export const LANGUAGES: Language[] = ['nb', 'nn', 'en'];

export function allCards(language: Language): { name: string; card: AdaptiveCard }[] {
  return [
    { name: 'invitation', card: invitationCard(ex.invitation, language) },
    { name: 'invitation-short-notice', card: invitationCard(ex.invitationShortNotice, language) },
    { name: 'preparation-form', card: preparationFormCard(ex.preparationForm, language) },
    { name: 'preparation-sent', card: preparationSentCard(ex.preparationSent, language) },
    { name: 'referat-approval', card: referatApprovalCard(ex.referatApproval, language) },
    { name: 'referat-approved', card: referatApprovalCard(ex.referatApproved, language) },
    ...ex.reminders.map((d) => ({ name: `reminder-${d.reminder}`, card: reminderCard(d, language) })),
    ...ex.leaderNotifications.map((d) => ({
      name: `leader-${d.event}`,
      card: leaderNotificationCard(d, language),
    })),
    ...ex.notAllowed.map((d) => ({ name: `not-allowed-${d.reason}`, card: notAllowedCard(d, language) })),
    { name: 'info', card: infoCard(ex.info, language) },
    { name: 'my-conversations', card: myConversationsCard(ex.myConversations, language) },
  ];
}
