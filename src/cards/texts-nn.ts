// The cards' texts in nynorsk.
import type { CardTexts } from './texts';

export const nn: CardTexts = {
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
    shortNotice: (days, minDays) =>
      `Kort varsel: samtalen er om ${days} ${days === 1 ? 'dag' : 'dagar'}. Kommunen sin rutine er at innkallinga kjem minst ${minDays} dagar før.`,
    accepted: (when) => `Du takka ja ${when}.`,
    otherTimeAsked: (when) =>
      `Du bad om eit anna tidspunkt ${when}. Leiaren finn ei ny tid, og du får ei ny innkalling.`,
    cancelled: 'Samtalen er avlyst.',
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
    changedElsewhere:
      'Førebuinga vart endra ein annan stad (i fana eller Outlook) etter at dette kortet kom. Her er dei nyaste svara; sjå over og send på nytt.',
    leaderPrepares: 'Di eiga førebuing som leiar gjer du i Samtale-fana.',
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
    approvedByYou: (when) => `Du godkjende referatet ${when}.`,
    waitingForLeader:
      'Leiaren har ikkje godkjent referatet enno. Du får det til godkjenning når leiaren har godkjent.',
    commentSent: (when) => `Kommentaren vart send til leiaren ${when}.`,
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
    referatCommented: (name) => `${name} har kommentert referatet.`,
    conductorAssigned: (employee, by) =>
      `${by} har gitt deg samtalen med ${employee}: du leier han, ser førebuingane og skriv referatet.`,
    comment: 'Kommentar',
    reason: 'Grunngiving',
    preferred: 'Passar betre',
  },
  refused: {
    notPartyTitle: 'Ikkje samtalen din',
    notParty: 'Berre medarbeidaren og leiaren i denne samtalen kan bruke dette kortet. Ingenting er endra.',
    staleTitle: 'Kortet er utdatert',
    stale:
      'Samtalen er oppdatert sidan dette kortet vart sendt, så ingenting vart endra. Bruk det nyaste kortet i chatten, eller opne samtalen i Samtale.',
  },
};
