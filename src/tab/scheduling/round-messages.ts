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
    conductorsHeading: 'Samtaleledere',
    conductorsIntro:
      'Du leder samtalene i runden. På en stor arbeidsplass kan du dele dem med andre ledere nær deg: din egen leder, ledere ved siden av deg og ledere under deg. Hver av dem får sine møter i kalenderen sin og en melding i Teams, og ser forberedelsene og skriver referatet i sine samtaler.',
    conductorsLoading: 'Henter lederne nær deg …',
    conductorsNone: 'Samtale fant ingen andre ledere nær deg, så du leder alle samtalene i runden.',
    conductorsFailed: 'Fikk ikke hentet lederne nær deg, så du leder alle samtalene i runden.',
    coConductorsLabel: 'Del runden med',
    you: (name: string) => `${name} (deg)`,
    splitHeading: 'Hvem leder hvilken samtale',
    splitHint:
      'Fordelt jevnt i navnerekkefølge. Du kan endre hver enkelt; velger du andre ledere, fordeles alle på nytt.',
    splitCounts: (counts: string) => `Fordeling: ${counts}.`,
    conducting: (names: string) => `Ikke med som medarbeider, fordi de leder samtaler i runden: ${names}.`,
    makePreview: 'Lag forslag',
    planning: 'Lager forslag …',
    alreadyBooked: (names: string) => `Ikke med, fordi samtalen allerede er booket: ${names}.`,
    previewHeading: 'Forslag',
    previewSummary: (placed: number, total: number) => `${placed} av ${total} har fått et tidspunkt.`,
    noPlacements: 'Ingen fikk et tidspunkt i perioden.',
    unplacedHeading: 'Uten tidspunkt',
    heldBy: (name: string) => `(${name} leder)`,
    /** `conductor`: a co-conductor's name; empty when the conversation is the planner's own */
    reason: (reason: string, conductor: string) =>
      reason === 'no-common-free-time'
        ? conductor
          ? `Ingen felles ledig tid med ${conductor} i perioden.`
          : 'Dere har ingen felles ledig tid i perioden.'
        : reason === 'conductor-no-free-time'
          ? `${conductor || 'Samtalelederen'} har ingen ledig tid i perioden.`
          : reason === 'conductor-full'
            ? `${conductor || 'Samtalelederen'} har allerede maks antall samtaler de dagene det var ledig tid.`
            : 'Fant ikke et tidspunkt.',
    change: 'Endre innstillinger',
    sendInvitations: 'Send invitasjoner',
    confirmTitle: 'Send invitasjoner?',
    confirmText: (count: number) =>
      `Samtale sender ${count} Outlook-invitasjoner fra kalenderen din, én til hver av disse, og hver får en melding i Teams med forberedelsesskjemaet (på e-post hvis Teams ikke når fram):`,
    confirmShared: (count: number, from: string) =>
      `Samtale sender ${count} Outlook-invitasjoner, ${from}, én til hver av disse, og hver får en melding i Teams med forberedelsesskjemaet (på e-post hvis Teams ikke når fram):`,
    fromYours: (count: number) => `${count} fra kalenderen din`,
    fromTheirs: (count: number, name: string) => `${count} fra kalenderen til ${name}`,
    coConductorsTold:
      'Hver samtaleleder du deler runden med, får en melding i Teams (på e-post hvis Teams ikke når fram) om hver samtale de skal lede.',
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
    conductorsHeading: 'Samtaleleiarar',
    conductorsIntro:
      'Du leier samtalane i runden. På ein stor arbeidsplass kan du dele dei med andre leiarar nær deg: din eigen leiar, leiarar ved sida av deg og leiarar under deg. Kvar av dei får sine møte i kalendaren sin og ei melding i Teams, og ser førebuingane og skriv referatet i sine samtalar.',
    conductorsLoading: 'Hentar leiarane nær deg …',
    conductorsNone: 'Samtale fann ingen andre leiarar nær deg, så du leier alle samtalane i runden.',
    conductorsFailed: 'Fekk ikkje henta leiarane nær deg, så du leier alle samtalane i runden.',
    coConductorsLabel: 'Del runden med',
    you: (name: string) => `${name} (deg)`,
    splitHeading: 'Kven leier kva samtale',
    splitHint:
      'Fordelt jamt i namnerekkjefølgje. Du kan endre kvar einskild; vel du andre leiarar, blir alle fordelte på nytt.',
    splitCounts: (counts: string) => `Fordeling: ${counts}.`,
    conducting: (names: string) => `Ikkje med som medarbeidar, fordi dei leier samtalar i runden: ${names}.`,
    makePreview: 'Lag forslag',
    planning: 'Lagar forslag …',
    alreadyBooked: (names: string) => `Ikkje med, fordi samtalen alt er booka: ${names}.`,
    previewHeading: 'Forslag',
    previewSummary: (placed: number, total: number) => `${placed} av ${total} har fått eit tidspunkt.`,
    noPlacements: 'Ingen fekk eit tidspunkt i perioden.',
    unplacedHeading: 'Utan tidspunkt',
    heldBy: (name: string) => `(${name} leier)`,
    reason: (reason: string, conductor: string) =>
      reason === 'no-common-free-time'
        ? conductor
          ? `Inga felles ledig tid med ${conductor} i perioden.`
          : 'De har inga felles ledig tid i perioden.'
        : reason === 'conductor-no-free-time'
          ? `${conductor || 'Samtaleleiaren'} har inga ledig tid i perioden.`
          : reason === 'conductor-full'
            ? `${conductor || 'Samtaleleiaren'} har alt maks tal samtalar dei dagane det var ledig tid.`
            : 'Fann ikkje eit tidspunkt.',
    change: 'Endre innstillingar',
    sendInvitations: 'Send invitasjonar',
    confirmTitle: 'Sende invitasjonar?',
    confirmText: (count: number) =>
      `Samtale sender ${count} Outlook-invitasjonar frå kalendaren din, éin til kvar av desse, og kvar får ei melding i Teams med førebuingsskjemaet (på e-post dersom Teams ikkje når fram):`,
    confirmShared: (count: number, from: string) =>
      `Samtale sender ${count} Outlook-invitasjonar, ${from}, éin til kvar av desse, og kvar får ei melding i Teams med førebuingsskjemaet (på e-post dersom Teams ikkje når fram):`,
    fromYours: (count: number) => `${count} frå kalendaren din`,
    fromTheirs: (count: number, name: string) => `${count} frå kalendaren til ${name}`,
    coConductorsTold:
      'Kvar samtaleleiar du deler runden med, får ei melding i Teams (på e-post dersom Teams ikkje når fram) om kvar samtale dei skal leie.',
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
    conductorsHeading: 'Conductors',
    conductorsIntro:
      'You conduct the conversations in the round. At a large workplace you can share them with other leaders near you: your own leader, leaders beside you and leaders under you. Each of them gets their meetings in their calendar and a message in Teams, and sees the preparations and writes the minutes of their conversations.',
    conductorsLoading: 'Finding the leaders near you …',
    conductorsNone:
      'Samtale found no other leaders near you, so you conduct every conversation in the round.',
    conductorsFailed: 'Could not find the leaders near you, so you conduct every conversation in the round.',
    coConductorsLabel: 'Share the round with',
    you: (name: string) => `${name} (you)`,
    splitHeading: 'Who conducts which conversation',
    splitHint:
      'Split evenly in name order. You can change each one; choosing other leaders splits everyone anew.',
    splitCounts: (counts: string) => `Split: ${counts}.`,
    conducting: (names: string) =>
      `Not in the round as employees, as they conduct conversations in it: ${names}.`,
    makePreview: 'Make a plan',
    alreadyBooked: (names: string) => `Left out, as their conversation is already booked: ${names}.`,
    planning: 'Making a plan …',
    previewHeading: 'Plan',
    previewSummary: (placed: number, total: number) => `${placed} of ${total} have a time.`,
    noPlacements: 'Nobody got a time in the period.',
    unplacedHeading: 'Without a time',
    heldBy: (name: string) => `(conducted by ${name})`,
    reason: (reason: string, conductor: string) =>
      reason === 'no-common-free-time'
        ? conductor
          ? `No free time in common with ${conductor} in the period.`
          : 'You have no free time in common in the period.'
        : reason === 'conductor-no-free-time'
          ? `${conductor || 'The conductor'} has no free time in the period.`
          : reason === 'conductor-full'
            ? `${conductor || 'The conductor'} already has the most conversations allowed on the days with free time.`
            : 'No time was found.',
    change: 'Change settings',
    sendInvitations: 'Send invitations',
    confirmTitle: 'Send invitations?',
    confirmText: (count: number) =>
      `Samtale sends ${count} Outlook invitations from your calendar, one to each of these people, and each gets a message in Teams with the preparation form (by e-mail if Teams cannot reach them):`,
    confirmShared: (count: number, from: string) =>
      `Samtale sends ${count} Outlook invitations, ${from}, one to each of these people, and each gets a message in Teams with the preparation form (by e-mail if Teams cannot reach them):`,
    fromYours: (count: number) => `${count} from your calendar`,
    fromTheirs: (count: number, name: string) => `${count} from ${name}’s calendar`,
    coConductorsTold:
      'Each leader you share the round with gets a message in Teams (by e-mail if Teams cannot reach them) about each conversation they are to conduct.',
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
