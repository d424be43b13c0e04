// Every text the cards show, in bokmål, nynorsk and English. The words follow the tab's (src/tab/employee/
// messages.ts) so a person reads the same thing in a card and in the tab.
import type { ConversationKind, Language } from '../core/org';

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

const nb: CardTexts = {
  when: 'Tid',
  duration: 'Varighet',
  where: 'Sted',
  teamsMeeting: 'Teams-møte',
  joinTeams: 'Bli med i Teams-møtet',
  leader: 'Leder',
  employee: 'Medarbeider',
  openInSamtale: 'Åpne i Samtale',
  purpose: {
    annual:
      'Medarbeidersamtalen er en planlagt, forberedt, forpliktende og fortrolig samtale mellom deg og lederen din om arbeidssituasjon, utvikling og samarbeid.',
    start: 'En samtale i starten av arbeidsforholdet om forventninger, opplæring og hvordan du har det.',
    'probation-followup':
      'En oppfølgingssamtale i prøvetiden: hvordan oppstarten har vært, og hva som trengs videre.',
    exit: 'En samtale før du slutter, om erfaringene dine og hva vi kan lære av dem.',
  },
  invitation: {
    title: (kind) => `Innkalling: ${kind}`,
    topics: 'Tema lederen vil ta opp',
    prepare: 'Forbered deg',
    accept: 'Godta',
    otherTime: 'Be om et annet tidspunkt',
    reason: 'Hvorfor passer ikke tidspunktet?',
    reasonError: 'Skriv hvorfor tidspunktet ikke passer.',
    preferred: 'Når passer det for deg? (valgfritt)',
    preferredPlaceholder: 'For eksempel «tirsdager etter kl. 12»',
    send: 'Send til lederen',
  },
  preparation: {
    title: (kind) => `Forberedelse: ${kind}`,
    intro:
      'Svarene dine er et utgangspunkt for samtalen. Lederen ser dem når begge har sendt inn, eller når samtalen starter.',
    yes: 'Ja',
    no: 'Nei',
    notRelevant: 'Ikke aktuelt',
    requiredError: 'Dette spørsmålet må besvares før du sender inn.',
    saveDraft: 'Lagre utkast',
    submit: 'Send inn',
    sentTitle: 'Forberedelsen er sendt',
    sentAt: (when) => `Du sendte inn ${when}. Dette er svarene dine:`,
    hidden: 'Lederen ser svarene når begge har sendt inn, eller når samtalen starter.',
    unanswered: 'Ikke besvart',
  },
  referat: {
    title: (kind) => `Referat til godkjenning: ${kind}`,
    heldOn: (date) => `Samtalen ble holdt ${date}.`,
    changed: (when) =>
      `Referatet ble endret ${when}, etter at du fikk det sist. Les det på nytt før du godkjenner.`,
    actionsTitle: 'Handlingsplan',
    noSpecialActions: 'Leder og medarbeider er enige om at det ikke er behov for særskilte tiltak.',
    who: 'Ansvarlig',
    deadline: 'Frist',
    sharedNeed: 'Felles behov',
    approve: 'Godkjenn',
    approveNote: 'Når du godkjenner, lagres referatet i personalmappen din.',
    comment: 'Kommenter',
    commentLabel: 'Hva vil du endre eller legge til?',
    commentError: 'Skriv kommentaren din.',
    send: 'Send kommentaren',
  },
  reminder: {
    title: 'Påminnelse',
    preparationMissing: 'Du har ikke sendt inn forberedelsen din ennå.',
    referatToApprove: 'Referatet venter på godkjenningen din.',
    actionDeadlineNear: (what, deadline) => `Fristen for tiltaket «${what}» er ${deadline}.`,
    checklistItemDue: (item, due) => `Sjekklistepunktet «${item}» skal være gjort ${due}.`,
    prepare: 'Forbered deg',
    readReferat: 'Les referatet',
  },
  notification: {
    preparationSubmitted: (name) => `${name} har sendt inn forberedelsen.`,
    otherTimeRequested: (name) => `${name} ber om et annet tidspunkt.`,
    referatApproved: (name) => `${name} har godkjent referatet.`,
    reason: 'Begrunnelse',
    preferred: 'Passer bedre',
  },
  refused: {
    notPartyTitle: 'Ikke din samtale',
    notParty: 'Bare medarbeideren og lederen i denne samtalen kan bruke dette kortet. Ingenting er endret.',
    staleTitle: 'Kortet er utdatert',
    stale: 'Samtalen er endret siden dette kortet ble sendt. Ingenting er endret; åpne den nyeste versjonen.',
  },
};

const nn: CardTexts = {
  when: 'Tid',
  duration: 'Varigheit',
  where: 'Stad',
  teamsMeeting: 'Teams-møte',
  joinTeams: 'Bli med i Teams-møtet',
  leader: 'Leiar',
  employee: 'Medarbeidar',
  openInSamtale: 'Opne i Samtale',
  purpose: {
    annual:
      'Medarbeidarsamtalen er ein planlagd, førebudd, forpliktande og fortruleg samtale mellom deg og leiaren din om arbeidssituasjon, utvikling og samarbeid.',
    start: 'Ein samtale i starten av arbeidsforholdet om forventningar, opplæring og korleis du har det.',
    'probation-followup':
      'Ein oppfølgingssamtale i prøvetida: korleis oppstarten har vore, og kva som trengst vidare.',
    exit: 'Ein samtale før du sluttar, om erfaringane dine og kva vi kan lære av dei.',
  },
  invitation: {
    title: (kind) => `Innkalling: ${kind}`,
    topics: 'Tema leiaren vil ta opp',
    prepare: 'Førebu deg',
    accept: 'Godta',
    otherTime: 'Be om eit anna tidspunkt',
    reason: 'Kvifor passar ikkje tidspunktet?',
    reasonError: 'Skriv kvifor tidspunktet ikkje passar.',
    preferred: 'Når passar det for deg? (valfritt)',
    preferredPlaceholder: 'Til dømes «tysdagar etter kl. 12»',
    send: 'Send til leiaren',
  },
  preparation: {
    title: (kind) => `Førebuing: ${kind}`,
    intro:
      'Svara dine er eit utgangspunkt for samtalen. Leiaren ser dei når begge har sendt inn, eller når samtalen startar.',
    yes: 'Ja',
    no: 'Nei',
    notRelevant: 'Ikkje aktuelt',
    requiredError: 'Dette spørsmålet må svarast på før du sender inn.',
    saveDraft: 'Lagre utkast',
    submit: 'Send inn',
    sentTitle: 'Førebuinga er sendt',
    sentAt: (when) => `Du sende inn ${when}. Dette er svara dine:`,
    hidden: 'Leiaren ser svara når begge har sendt inn, eller når samtalen startar.',
    unanswered: 'Ikkje svart på',
  },
  referat: {
    title: (kind) => `Referat til godkjenning: ${kind}`,
    heldOn: (date) => `Samtalen vart halden ${date}.`,
    changed: (when) =>
      `Referatet vart endra ${when}, etter at du fekk det sist. Les det på nytt før du godkjenner.`,
    actionsTitle: 'Handlingsplan',
    noSpecialActions: 'Leiar og medarbeidar er einige om at det ikkje er behov for særskilde tiltak.',
    who: 'Ansvarleg',
    deadline: 'Frist',
    sharedNeed: 'Felles behov',
    approve: 'Godkjenn',
    approveNote: 'Når du godkjenner, blir referatet lagra i personalmappa di.',
    comment: 'Kommenter',
    commentLabel: 'Kva vil du endre eller leggje til?',
    commentError: 'Skriv kommentaren din.',
    send: 'Send kommentaren',
  },
  reminder: {
    title: 'Påminning',
    preparationMissing: 'Du har ikkje sendt inn førebuinga di enno.',
    referatToApprove: 'Referatet ventar på godkjenninga di.',
    actionDeadlineNear: (what, deadline) => `Fristen for tiltaket «${what}» er ${deadline}.`,
    checklistItemDue: (item, due) => `Sjekklistepunktet «${item}» skal vere gjort ${due}.`,
    prepare: 'Førebu deg',
    readReferat: 'Les referatet',
  },
  notification: {
    preparationSubmitted: (name) => `${name} har sendt inn førebuinga.`,
    otherTimeRequested: (name) => `${name} ber om eit anna tidspunkt.`,
    referatApproved: (name) => `${name} har godkjent referatet.`,
    reason: 'Grunngiving',
    preferred: 'Passar betre',
  },
  refused: {
    notPartyTitle: 'Ikkje samtalen din',
    notParty: 'Berre medarbeidaren og leiaren i denne samtalen kan bruke dette kortet. Ingenting er endra.',
    staleTitle: 'Kortet er utdatert',
    stale: 'Samtalen er endra sidan dette kortet vart sendt. Ingenting er endra; opne den nyaste versjonen.',
  },
};

const en: CardTexts = {
  when: 'When',
  duration: 'Duration',
  where: 'Where',
  teamsMeeting: 'Teams meeting',
  joinTeams: 'Join the Teams meeting',
  leader: 'Leader',
  employee: 'Employee',
  openInSamtale: 'Open in Samtale',
  purpose: {
    annual:
      'The annual conversation is a planned, prepared, binding and confidential conversation between you and your leader about your work, development and cooperation.',
    start:
      'A conversation at the start of your employment about expectations, training and how you are doing.',
    'probation-followup': 'A probation follow-up: how the start has gone, and what is needed next.',
    exit: 'A conversation before you leave, about your experience and what we can learn from it.',
  },
  invitation: {
    title: (kind) => `Invitation: ${kind}`,
    topics: 'Topics your leader wants to raise',
    prepare: 'Prepare',
    accept: 'Accept',
    otherTime: 'Ask for another time',
    reason: 'Why does the time not suit you?',
    reasonError: 'Write why the time does not suit you.',
    preferred: 'When would suit you? (optional)',
    preferredPlaceholder: 'For example "Tuesdays after 12:00"',
    send: 'Send to your leader',
  },
  preparation: {
    title: (kind) => `Preparation: ${kind}`,
    intro:
      'Your answers are a starting point for the conversation. Your leader sees them when both of you have submitted, or when the conversation starts.',
    yes: 'Yes',
    no: 'No',
    notRelevant: 'Not relevant',
    requiredError: 'This question must be answered before you submit.',
    saveDraft: 'Save draft',
    submit: 'Submit',
    sentTitle: 'Your preparation is submitted',
    sentAt: (when) => `You submitted on ${when}. These are your answers:`,
    hidden: 'Your leader sees the answers when both of you have submitted, or when the conversation starts.',
    unanswered: 'Not answered',
  },
  referat: {
    title: (kind) => `Minutes to approve: ${kind}`,
    heldOn: (date) => `The conversation was held on ${date}.`,
    changed: (when) =>
      `The minutes were changed on ${when}, after you last received them. Read them again before you approve.`,
    actionsTitle: 'Action plan',
    noSpecialActions: 'Leader and employee agree that no special actions are needed.',
    who: 'Responsible',
    deadline: 'Deadline',
    sharedNeed: 'Shared need',
    approve: 'Approve',
    approveNote: 'When you approve, the minutes are stored in your personnel file.',
    comment: 'Comment',
    commentLabel: 'What would you like to change or add?',
    commentError: 'Write your comment.',
    send: 'Send the comment',
  },
  reminder: {
    title: 'Reminder',
    preparationMissing: 'You have not submitted your preparation yet.',
    referatToApprove: 'The minutes are waiting for your approval.',
    actionDeadlineNear: (what, deadline) => `The deadline for the action "${what}" is ${deadline}.`,
    checklistItemDue: (item, due) => `The checklist item "${item}" is due ${due}.`,
    prepare: 'Prepare',
    readReferat: 'Read the minutes',
  },
  notification: {
    preparationSubmitted: (name) => `${name} has submitted the preparation.`,
    otherTimeRequested: (name) => `${name} asks for another time.`,
    referatApproved: (name) => `${name} has approved the minutes.`,
    reason: 'Reason',
    preferred: 'Would suit better',
  },
  refused: {
    notPartyTitle: 'Not your conversation',
    notParty: 'Only the employee and the leader of this conversation can use this card. Nothing was changed.',
    staleTitle: 'This card is out of date',
    stale:
      'The conversation has changed since this card was sent. Nothing was changed; open the latest version.',
  },
};

export const CARD_TEXTS: Record<Language, CardTexts> = { nb, nn, en };
