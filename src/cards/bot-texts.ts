// What the bot says outside the conversation cards: help, the welcome, the list of my conversations, a
// refusal or an error as a card, and the e-mail that stands in for a card when Teams cannot reach someone.
// The words follow the tab's (src/tab/employee/messages.ts) and the cards' (texts-*.ts).
import type { Language } from '../core/org';

export interface BotTexts {
  help: { title: string; lines: string[] };
  welcome: { title: string; lines: string[] };
  /** the answer to a message the bot does not understand: a short line, then help */
  notUnderstood: string;
  list: {
    title: string;
    none: string;
    conducting: string;
    mine: string;
    openTab: string;
    /** each conversation's own link; "Open in Samtale" beside "Open Samtale" reads as the same */
    openItem: string;
    /** "med Ola Nordmann" / "with Ola Nordmann" */
    withName: (name: string) => string;
    status: { booking: string; booked: string; cancelled: string };
  };
  failed: string;
  mail: {
    /** the subject line per notice */
    invitationSubject: (kind: string) => string;
    referatSubject: (kind: string) => string;
    notificationSubject: (name: string) => string;
    reminderSubject: string;
    /** why this came by e-mail: the person has not got Samtale in Teams */
    whyMail: string;
    referatBody: string;
    open: string;
    /** the confidentiality note: content stays in Samtale (offl. § 13) */
    confidential: string;
  };
}

const nb: BotTexts = {
  help: {
    title: 'Dette kan Samtale-boten',
    lines: [
      'Her i chatten får du innkallinger til samtaler, forberedelsesskjemaet og referatet du skal godkjenne, og påminnelser når noe venter på deg.',
      'Skriv **mine samtaler** for å se samtalene dine med lenke til hver av dem.',
      'Skriv **hjelp** for å se denne meldingen igjen.',
    ],
  },
  welcome: {
    title: 'Velkommen til Samtale',
    lines: [
      'Samtale holder orden på medarbeidersamtaler, oppfølgingssamtaler og referater. Innholdet er fortrolig: bare du og lederen som har samtalen ser det.',
      'Innkallinger og referater til godkjenning kommer hit. Skriv **mine samtaler** når som helst.',
    ],
  },
  notUnderstood: 'Det forstod jeg ikke.',
  list: {
    title: 'Mine samtaler',
    none: 'Du har ingen samtaler i Samtale ennå.',
    conducting: 'Samtaler du leder',
    mine: 'Dine samtaler',
    openTab: 'Åpne Samtale',
    openItem: 'Åpne samtalen',
    withName: (name) => `med ${name}`,
    status: { booking: 'bookes nå', booked: 'booket', cancelled: 'avlyst' },
  },
  failed: 'Det gikk ikke',
  mail: {
    invitationSubject: (kind) => `Innkalling: ${kind}`,
    referatSubject: (kind) => `Referat til godkjenning: ${kind}`,
    notificationSubject: (name) => `Samtale: nytt fra ${name}`,
    reminderSubject: 'Påminnelse fra Samtale',
    whyMail:
      'Du får denne e-posten fordi Samtale ikke kunne nå deg i Teams. Legg til Samtale i Teams for å få innkallinger og påminnelser i chatten.',
    referatBody: 'Lederen har godkjent referatet fra samtalen deres. Les det og godkjenn det i Samtale.',
    open: 'Åpne i Samtale',
    confidential:
      'Innholdet i samtalen er fortrolig (offl. § 13 jf. fvl. § 13) og sendes ikke på e-post; det ligger i Samtale.',
  },
};

const nn: BotTexts = {
  help: {
    title: 'Dette kan Samtale-boten',
    lines: [
      'Her i chatten får du innkallingar til samtalar, førebuingsskjemaet og referatet du skal godkjenne, og påminningar når noko ventar på deg.',
      'Skriv **mine samtalar** for å sjå samtalane dine med lenkje til kvar av dei.',
      'Skriv **hjelp** for å sjå denne meldinga igjen.',
    ],
  },
  welcome: {
    title: 'Velkomen til Samtale',
    lines: [
      'Samtale held orden på medarbeidarsamtalar, oppfølgingssamtalar og referat. Innhaldet er fortruleg: berre du og leiaren som har samtalen ser det.',
      'Innkallingar og referat til godkjenning kjem hit. Skriv **mine samtalar** når som helst.',
    ],
  },
  notUnderstood: 'Det forstod eg ikkje.',
  list: {
    title: 'Mine samtalar',
    none: 'Du har ingen samtalar i Samtale enno.',
    conducting: 'Samtalar du leiar',
    mine: 'Samtalane dine',
    openTab: 'Opne Samtale',
    openItem: 'Opne samtalen',
    withName: (name) => `med ${name}`,
    status: { booking: 'vert booka no', booked: 'booka', cancelled: 'avlyst' },
  },
  failed: 'Det gjekk ikkje',
  mail: {
    invitationSubject: (kind) => `Innkalling: ${kind}`,
    referatSubject: (kind) => `Referat til godkjenning: ${kind}`,
    notificationSubject: (name) => `Samtale: nytt frå ${name}`,
    reminderSubject: 'Påminning frå Samtale',
    whyMail:
      'Du får denne e-posten fordi Samtale ikkje kunne nå deg i Teams. Legg til Samtale i Teams for å få innkallingar og påminningar i chatten.',
    referatBody: 'Leiaren har godkjent referatet frå samtalen dykkar. Les det og godkjenn det i Samtale.',
    open: 'Opne i Samtale',
    confidential:
      'Innhaldet i samtalen er fortruleg (offl. § 13 jf. fvl. § 13) og vert ikkje sendt på e-post; det ligg i Samtale.',
  },
};

const en: BotTexts = {
  help: {
    title: 'What the Samtale bot does',
    lines: [
      'In this chat you get invitations to conversations, the preparation form and the minutes to approve, and reminders when something waits for you.',
      'Type **my conversations** to see your conversations with a link to each.',
      'Type **help** to see this message again.',
    ],
  },
  welcome: {
    title: 'Welcome to Samtale',
    lines: [
      'Samtale keeps track of employee conversations, follow-ups and their minutes. The content is confidential: only you and the leader who holds the conversation can see it.',
      'Invitations and minutes to approve arrive here. Type **my conversations** at any time.',
    ],
  },
  notUnderstood: 'I did not understand that.',
  list: {
    title: 'My conversations',
    none: 'You have no conversations in Samtale yet.',
    conducting: 'Conversations you hold',
    mine: 'Your conversations',
    openTab: 'Open Samtale',
    openItem: 'Open the conversation',
    withName: (name) => `with ${name}`,
    status: { booking: 'being booked', booked: 'booked', cancelled: 'cancelled' },
  },
  failed: 'That did not work',
  mail: {
    invitationSubject: (kind) => `Invitation: ${kind}`,
    referatSubject: (kind) => `Minutes to approve: ${kind}`,
    notificationSubject: (name) => `Samtale: news from ${name}`,
    reminderSubject: 'Reminder from Samtale',
    whyMail:
      'You get this e-mail because Samtale could not reach you in Teams. Add Samtale in Teams to get invitations and reminders in the chat.',
    referatBody:
      'Your leader has approved the minutes of your conversation. Read and approve them in Samtale.',
    open: 'Open in Samtale',
    confidential:
      'The content of the conversation is confidential (Freedom of Information Act § 13) and is not sent by e-mail; it is in Samtale.',
  },
};

export const BOT_TEXTS: Record<Language, BotTexts> = { nb, nn, en };
