// Example data for every card, the kind a real municipality produces: æøå in names, long free texts, a
// Teams link, draft answers. The unit tests validate these and the e2e test renders them.
import type { InvitationCardData } from '../../../src/cards/invitation';
import type { LeaderNotificationCardData } from '../../../src/cards/leader-notification';
import type { NotAllowedCardData } from '../../../src/cards/not-allowed';
import type { PreparationFormCardData } from '../../../src/cards/preparation-form';
import type { PreparationSentCardData } from '../../../src/cards/preparation-sent';
import type { ReferatApprovalCardData } from '../../../src/cards/referat-approval';
import type { ReminderCardData } from '../../../src/cards/reminder';
import type { InfoCardData } from '../../../src/cards/info';
import type { MyConversationsCardData } from '../../../src/cards/my-conversations';
import { latestTemplate } from '../../../src/core/templates/registry';

const LONG =
  'Vi går gjennom turnusen for våren, sykefraværsoppfølgingen på avdelingen og hvordan vi fordeler ansvaret for nyansatte. ' +
  'Ta gjerne med erfaringer fra høsten, særlig fra helgene med få på jobb, og tenk på hva som skal til for at du trives og blir værende.';

export const TEAMS_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
export const OPEN_URL = 'https://samtale.example.kommune.no/tab/#/conversations/c-42';
export const EMPLOYEE = '7f0c3f1e-2a9b-4c1d-9e8f-0a1b2c3d4e5f';

// Monday 30 November 2026, 08:00–09:30 in Oslo (UTC+1 in winter)
const start = '2026-11-30T07:00:00Z';
const end = '2026-11-30T08:30:00Z';

export const invitation: InvitationCardData = {
  conversationId: 'c-42',
  cardVersion: 3,
  kind: 'annual',
  employeeUserId: EMPLOYEE,
  conductorName: 'Åse Ødegård-Bjørnstad',
  start,
  end,
  location: 'Møterom Fjæra, 2. etasje, Rådhuset i Årdal',
  teamsJoinUrl: TEAMS_URL,
  specialTopics: LONG,
};

const annual = latestTemplate('annual');

export const preparationForm: PreparationFormCardData = {
  conversationId: 'c-42',
  cardVersion: 3,
  employeeUserId: EMPLOYEE,
  template: annual,
  conditions: [],
  start,
  end,
  specialTopics: 'Turnusen for våren og fordelingen av ansvaret for nyansatte.',
  answers: { 'annual.tema.kompetanse-oppdatert': 'yes' },
};

export const preparationSent: PreparationSentCardData = {
  conversationId: 'c-42',
  cardVersion: 4,
  employeeUserId: EMPLOYEE,
  template: annual,
  conditions: [],
  start,
  end,
  submittedAt: '2026-11-25T13:05:00Z',
  answers: { 'annual.tema.kompetanse-oppdatert': 'not-relevant', 'annual.tema.stikkord-gjennomgaatt': 'yes' },
  openUrl: OPEN_URL,
};

export const referatApproval: ReferatApprovalCardData = {
  conversationId: 'c-42',
  cardVersion: 7,
  employeeUserId: EMPLOYEE,
  kind: 'annual',
  heldOn: '2026-11-30',
  sections: [
    { title: 'Arbeidsoppgaver', text: LONG },
    {
      title: 'Samarbeid og arbeidsmiljø',
      text: 'Godt samarbeid på avdelingen; ønsker faste møter med fagsykepleier.',
    },
  ],
  actions: [
    {
      what: 'Kurs i legemiddelhåndtering',
      who: 'Åse Ødegård-Bjørnstad',
      deadline: '2027-03-31',
      sharedNeed: true,
    },
    { what: 'Fast veiledning annenhver uke', who: 'Øystein Ærø', deadline: null, sharedNeed: false },
  ],
  noSpecialActions: false,
  contentHash: 'a3f1c0de'.repeat(8),
  changedAt: '2026-12-02T09:15:00Z',
  openUrl: OPEN_URL,
};

export const reminders: ReminderCardData[] = [
  {
    reminder: 'preparation-missing',
    conversationId: 'c-42',
    cardVersion: 3,
    kind: 'annual',
    start,
    end,
    openUrl: OPEN_URL,
  },
  {
    reminder: 'referat-to-approve',
    conversationId: 'c-42',
    cardVersion: 7,
    kind: 'probation-followup',
    openUrl: OPEN_URL,
  },
  {
    reminder: 'action-deadline-near',
    what: 'Kurs i legemiddelhåndtering',
    deadline: '2027-03-31',
    openUrl: OPEN_URL,
  },
  {
    reminder: 'checklist-item-due',
    item: 'Gå gjennom rutiner for brannvern og rømningsveier',
    due: '2027-01-04',
    openUrl: OPEN_URL,
  },
];

export const leaderNotifications: LeaderNotificationCardData[] = [
  {
    event: 'preparation-submitted',
    employeeName: 'Øystein Ærø',
    kind: 'annual',
    start,
    end,
    openUrl: OPEN_URL,
  },
  {
    event: 'other-time-requested',
    employeeName: 'Øystein Ærø',
    kind: 'annual',
    start,
    end,
    reason: 'Jeg har nattevakt natten før og sover til kl. 13.',
    preferredTimes: 'Tirsdager etter kl. 12, eller torsdag 3. desember.',
    openUrl: OPEN_URL,
  },
  { event: 'referat-approved', employeeName: 'Øystein Ærø', kind: 'annual', start, end, openUrl: OPEN_URL },
  {
    event: 'referat-commented',
    employeeName: 'Øystein Ærø',
    kind: 'annual',
    start,
    end,
    comment: 'Veiledningen var avtalt hver uke, ikke annenhver.',
    openUrl: OPEN_URL,
  },
  {
    event: 'conductor-assigned',
    employeeName: 'Øystein Ærø',
    kind: 'annual',
    start,
    end,
    byName: 'Kari Kvåle',
    openUrl: OPEN_URL,
  },
];

/** booked four days ahead (000: at least 7), after the employee asked for another time */
export const invitationShortNotice: InvitationCardData = {
  ...invitation,
  shortNotice: { days: 4, minDays: 7 },
  otherTimeAskedAt: '2026-11-26T10:30:00Z',
};

export const referatApproved: ReferatApprovalCardData = {
  ...referatApproval,
  changedAt: null,
  approvedAt: '2026-12-03T12:00:00Z',
};

export const info: InfoCardData = {
  title: 'Dette kan Samtale-boten',
  lines: [
    'Her i chatten får du innkallinger og referater.',
    'Skriv **mine samtaler** for å se samtalene dine.',
  ],
  openUrl: OPEN_URL,
};

export const myConversations: MyConversationsCardData = {
  mine: [
    { kind: 'annual', start, end, status: 'booked', otherName: 'Åse Ødegård-Bjørnstad', openUrl: OPEN_URL },
  ],
  conducting: [
    {
      kind: 'probation-followup',
      start: '2026-12-07T12:00:00Z',
      end: '2026-12-07T13:00:00Z',
      status: 'cancelled',
      otherName: 'Øystein Ærø',
      openUrl: OPEN_URL,
    },
  ],
  tabUrl: 'https://samtale.example.kommune.no/tab/',
};

export const notAllowed: NotAllowedCardData[] = [
  { reason: 'not-party', openUrl: OPEN_URL },
  { reason: 'stale', openUrl: OPEN_URL },
];
