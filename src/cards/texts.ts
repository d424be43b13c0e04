// Every text the cards show, in bokmål, nynorsk and English (texts-nb.ts, texts-nn.ts, texts-en.ts). The words
// follow the tab's (src/tab/employee/messages.ts) so a person reads the same thing in a card and in the tab.
import type { ConversationKind, Language } from '../core/org';
import { en } from './texts-en';
import { nb } from './texts-nb';
import { nn } from './texts-nn';

export interface CardTexts {
  when: string;
  duration: string;
  where: string;
  teamsMeeting: string;
  joinTeams: string;
  leader: string;
  employee: string;
  openInSamtale: string;
  /** 004: the purpose of the conversation, said in the invitation letter */
  purpose: Record<ConversationKind, string>;
  invitation: {
    title: (kind: string) => string;
    topics: string;
    prepare: string;
    accept: string;
    otherTime: string;
    reason: string;
    reasonError: string;
    preferred: string;
    preferredPlaceholder: string;
    send: string;
    /** 000: 1-2 weeks ahead; said plainly when the leader booked closer than the policy's minimum */
    shortNotice: (days: number, minDays: number) => string;
    accepted: (when: string) => string;
    otherTimeAsked: (when: string) => string;
    cancelled: string;
  };
  preparation: {
    title: (kind: string) => string;
    intro: string;
    yes: string;
    no: string;
    notRelevant: string;
    requiredError: string;
    saveDraft: string;
    submit: string;
    sentTitle: string;
    sentAt: (when: string) => string;
    hidden: string;
    unanswered: string;
    /** the tab or the add-in saved answers after this card was made */
    changedElsewhere: string;
    /** the conductor pressed prepare on a card: the leader's column is in the tab */
    leaderPrepares: string;
  };
  referat: {
    title: (kind: string) => string;
    heldOn: (date: string) => string;
    changed: (when: string) => string;
    actionsTitle: string;
    noSpecialActions: string;
    who: string;
    deadline: string;
    sharedNeed: string;
    approve: string;
    approveNote: string;
    comment: string;
    commentLabel: string;
    commentError: string;
    send: string;
    approvedByYou: (when: string) => string;
    waitingForLeader: string;
    commentSent: (when: string) => string;
  };
  reminder: {
    title: string;
    preparationMissing: string;
    referatToApprove: string;
    actionDeadlineNear: (what: string, deadline: string) => string;
    checklistItemDue: (item: string, due: string) => string;
    prepare: string;
    readReferat: string;
  };
  notification: {
    preparationSubmitted: (name: string) => string;
    otherTimeRequested: (name: string) => string;
    referatApproved: (name: string) => string;
    referatCommented: (name: string) => string;
    /** a round's co-conductor, or the leader a conversation was handed to, is told they now conduct it */
    conductorAssigned: (employeeName: string, byName: string) => string;
    comment: string;
    reason: string;
    preferred: string;
  };
  refused: {
    notPartyTitle: string;
    notParty: string;
    staleTitle: string;
    stale: string;
  };
}

export const CARD_TEXTS: Record<Language, CardTexts> = { nb, nn, en };
