// Texts of the round planner in bokmål, nynorsk and English.
import { defineMessages } from '../i18n/feature-messages';

export const roundMessages = defineMessages({
  nb: {
    planRound: 'Planlegg runde',
    heading: 'Planlegg en runde',
    intro: 'Samtale foreslår tidspunkt for hele teamet ut fra kalenderne. Ingenting sendes før du bekrefter.',
    settingsHeading: 'Innstillinger',
    from: 'Fra dato',
    to: 'Til dato',
    periodInvalid: 'Til-datoen kan ikke være før fra-datoen.',
    kind: 'Type samtale',
    duration: 'Varighet i minutter',
    durationHint: 'Tomt: varigheten i policyen.',
    maxPerDay: 'Maks samtaler per dag',
    maxPerDayHint: 'Tomt: tallet i policyen.',
    topics: 'Særlige tema',
    topicsHint: 'Står i alle invitasjonene.',
    conductorsNote:
      'Medsamtaleledere kan ikke velges her ennå: Samtale kjenner bare ditt eget team. Du leder alle samtalene i runden.',
    makePreview: 'Lag forslag',
    planning: 'Lager forslag …',
    alreadyBooked: (names: string) => `Ikke med, fordi samtalen allerede er booket: ${names}.`,
    previewHeading: 'Forslag',
    previewSummary: (placed: number, total: number) => `${placed} av ${total} har fått et tidspunkt.`,
    noPlacements: 'Ingen fikk et tidspunkt i perioden.',
    unplacedHeading: 'Uten tidspunkt',
    reason: (reason: string) =>
      reason === 'no-common-free-time'
        ? 'Dere har ingen felles ledig tid i perioden.'
        : reason === 'conductor-no-free-time'
          ? 'Samtalelederen har ingen ledig tid i perioden.'
          : reason === 'conductor-full'
            ? 'Samtalelederen har allerede maks antall samtaler de dagene det var ledig tid.'
            : 'Fant ikke et tidspunkt.',
    change: 'Endre innstillinger',
    sendInvitations: 'Send invitasjoner',
    confirmTitle: 'Send invitasjoner?',
    confirmText: (count: number) =>
      `Samtale sender ${count} Outlook-invitasjoner fra kalenderen din, én til hver av disse, og hver får en melding i Teams med forberedelsesskjemaet (på e-post hvis Teams ikke når fram):`,
    confirmTopics: (topics: string) => `Temaene står i invitasjonen: ${topics}`,
    send: 'Send',
    back: 'Tilbake',
    progress: (done: number, total: number) => `${done} av ${total} sendt`,
    sendingHeading: 'Sender invitasjoner',
    resultHeading: 'Resultat',
    allSent: (count: number) => `Alle ${count} invitasjonene er sendt.`,
    partlySent: (done: number, total: number) =>
      `${done} av ${total} invitasjoner er sendt. Disse kom ikke fram:`,
    failedReason: 'Outlook tok ikke imot invitasjonen.',
    tryAgain: 'Prøv igjen',
    failed: 'Noe gikk galt. Prøv igjen.',
    backToTeam: 'Tilbake til teamet',
  },
  nn: {
    planRound: 'Planlegg runde',
    heading: 'Planlegg ein runde',
    intro:
      'Samtale føreslår tidspunkt for heile teamet ut frå kalendarane. Ingenting blir sendt før du stadfestar.',
    settingsHeading: 'Innstillingar',
    from: 'Frå dato',
    to: 'Til dato',
    periodInvalid: 'Til-datoen kan ikkje vere før frå-datoen.',
    kind: 'Type samtale',
    duration: 'Varigheit i minutt',
    durationHint: 'Tomt: varigheita i policyen.',
    maxPerDay: 'Maks samtalar per dag',
    maxPerDayHint: 'Tomt: talet i policyen.',
    topics: 'Særlege tema',
    topicsHint: 'Står i alle invitasjonane.',
    conductorsNote:
      'Medsamtaleleiarar kan ikkje veljast her enno: Samtale kjenner berre ditt eige team. Du leier alle samtalane i runden.',
    makePreview: 'Lag forslag',
    planning: 'Lagar forslag …',
    alreadyBooked: (names: string) => `Ikkje med, fordi samtalen alt er booka: ${names}.`,
    previewHeading: 'Forslag',
    previewSummary: (placed: number, total: number) => `${placed} av ${total} har fått eit tidspunkt.`,
    noPlacements: 'Ingen fekk eit tidspunkt i perioden.',
    unplacedHeading: 'Utan tidspunkt',
    reason: (reason: string) =>
      reason === 'no-common-free-time'
        ? 'De har inga felles ledig tid i perioden.'
        : reason === 'conductor-no-free-time'
          ? 'Samtaleleiaren har inga ledig tid i perioden.'
          : reason === 'conductor-full'
            ? 'Samtaleleiaren har alt maks tal samtalar dei dagane det var ledig tid.'
            : 'Fann ikkje eit tidspunkt.',
    change: 'Endre innstillingar',
    sendInvitations: 'Send invitasjonar',
    confirmTitle: 'Sende invitasjonar?',
    confirmText: (count: number) =>
      `Samtale sender ${count} Outlook-invitasjonar frå kalendaren din, éin til kvar av desse, og kvar får ei melding i Teams med førebuingsskjemaet (på e-post dersom Teams ikkje når fram):`,
    confirmTopics: (topics: string) => `Temaa står i invitasjonen: ${topics}`,
    send: 'Send',
    back: 'Tilbake',
    progress: (done: number, total: number) => `${done} av ${total} sendt`,
    sendingHeading: 'Sender invitasjonar',
    resultHeading: 'Resultat',
    allSent: (count: number) => `Alle ${count} invitasjonane er sende.`,
    partlySent: (done: number, total: number) =>
      `${done} av ${total} invitasjonar er sende. Desse kom ikkje fram:`,
    failedReason: 'Outlook tok ikkje imot invitasjonen.',
    tryAgain: 'Prøv igjen',
    failed: 'Noko gjekk gale. Prøv igjen.',
    backToTeam: 'Tilbake til teamet',
  },
  en: {
    planRound: 'Plan a round',
    heading: 'Plan a round',
    intro: 'Samtale suggests times for the whole team from the calendars. Nothing is sent until you confirm.',
    settingsHeading: 'Settings',
    from: 'From date',
    to: 'To date',
    periodInvalid: 'The end date cannot be before the start date.',
    kind: 'Kind of conversation',
    duration: 'Length in minutes',
    durationHint: 'Empty: the length in the policy.',
    maxPerDay: 'Most conversations per day',
    maxPerDayHint: 'Empty: the number in the policy.',
    topics: 'Special topics',
    topicsHint: 'Stated in every invitation.',
    conductorsNote:
      'Co-conductors cannot be chosen here yet: Samtale only knows your own team. You conduct every conversation in the round.',
    makePreview: 'Make a plan',
    alreadyBooked: (names: string) => `Left out, as their conversation is already booked: ${names}.`,
    planning: 'Making a plan …',
    previewHeading: 'Plan',
    previewSummary: (placed: number, total: number) => `${placed} of ${total} have a time.`,
    noPlacements: 'Nobody got a time in the period.',
    unplacedHeading: 'Without a time',
    reason: (reason: string) =>
      reason === 'no-common-free-time'
        ? 'You have no free time in common in the period.'
        : reason === 'conductor-no-free-time'
          ? 'The conductor has no free time in the period.'
          : reason === 'conductor-full'
            ? 'The conductor already has the most conversations allowed on the days with free time.'
            : 'No time was found.',
    change: 'Change settings',
    sendInvitations: 'Send invitations',
    confirmTitle: 'Send invitations?',
    confirmText: (count: number) =>
      `Samtale sends ${count} Outlook invitations from your calendar, one to each of these people, and each gets a message in Teams with the preparation form (by e-mail if Teams cannot reach them):`,
    confirmTopics: (topics: string) => `The topics are stated in the invitation: ${topics}`,
    send: 'Send',
    back: 'Back',
    progress: (done: number, total: number) => `${done} of ${total} sent`,
    sendingHeading: 'Sending invitations',
    resultHeading: 'Result',
    allSent: (count: number) => `All ${count} invitations have been sent.`,
    partlySent: (done: number, total: number) =>
      `${done} of ${total} invitations have been sent. These did not get through:`,
    failedReason: 'Outlook did not accept the invitation.',
    tryAgain: 'Try again',
    failed: 'Something went wrong. Try again.',
    backToTeam: 'Back to the team',
  },
});
