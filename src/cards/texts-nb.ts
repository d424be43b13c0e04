// The cards' texts in bokmål.
import type { CardTexts } from './texts';

export const nb: CardTexts = {
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
    shortNotice: (days, minDays) =>
      `Kort varsel: samtalen er om ${days} ${days === 1 ? 'dag' : 'dager'}. Kommunens rutine er at innkallingen kommer minst ${minDays} dager før.`,
    accepted: (when) => `Du takket ja ${when}.`,
    otherTimeAsked: (when) =>
      `Du ba om et annet tidspunkt ${when}. Lederen finner en ny tid, og du får en ny innkalling.`,
    cancelled: 'Samtalen er avlyst.',
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
    changedElsewhere:
      'Forberedelsen ble endret et annet sted (i fanen eller Outlook) etter at dette kortet kom. Her er de nyeste svarene; se over og send på nytt.',
    leaderPrepares: 'Din egen forberedelse som leder gjør du i Samtale-fanen.',
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
    approvedByYou: (when) => `Du godkjente referatet ${when}.`,
    waitingForLeader:
      'Lederen har ikke godkjent referatet ennå. Du får det til godkjenning når lederen har godkjent.',
    commentSent: (when) => `Kommentaren ble sendt til lederen ${when}.`,
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
    referatCommented: (name) => `${name} har kommentert referatet.`,
    conductorAssigned: (employee, by) =>
      `${by} har gitt deg samtalen med ${employee}: du leder den, ser forberedelsene og skriver referatet.`,
    comment: 'Kommentar',
    reason: 'Begrunnelse',
    preferred: 'Passer bedre',
  },
  refused: {
    notPartyTitle: 'Ikke din samtale',
    notParty: 'Bare medarbeideren og lederen i denne samtalen kan bruke dette kortet. Ingenting er endret.',
    staleTitle: 'Kortet er utdatert',
    // the card's version is behind the conversation: say what happened without "changed" twice
    stale:
      'Samtalen er oppdatert siden dette kortet ble sendt, så ingenting ble endret. Bruk det nyeste kortet i chatten, eller åpne samtalen i Samtale.',
  },
};
