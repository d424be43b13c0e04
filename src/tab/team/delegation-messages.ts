// Texts of the delegation dialog (002: the nearest leader can let another leader hold a conversation).
import { defineMessages } from '../i18n/feature-messages';

export const delegationMessages = defineMessages({
  nb: {
    title: (name: string) => `Deleger samtalen med ${name}`,
    intro:
      'En annen leder holder samtalen i stedet for deg. Rutinen: avklar med din egen leder hvem som skal gjennomføre den.',
    loading: 'Henter ledere …',
    pick: 'Hvem skal holde samtalen?',
    none: 'Fant ingen ledere nær deg i katalogen.',
    relation: (relation: string) =>
      ({ manager: 'din leder', peer: 'leder ved siden av deg', report: 'leder under deg' })[relation] ??
      relation,
    checking: 'Sjekker kalenderen …',
    held: 'Møtet er holdt. Bare forberedelsene og referatutkastet går over; Outlook røres ikke.',
    keep: (name: string, when: string) => `${name} er ledig ${when}: tidspunktet beholdes.`,
    busy: (name: string, when: string) => `${name} er opptatt ${when}. Velg en ny tid der begge er ledige:`,
    noTimes: 'Fant ingen felles ledig tid de neste to ukene. Velg en annen leder.',
    newTime: 'Nytt tidspunkt',
    note: (name: string) => `Hilsen til ${name} (valgfritt)`,
    noteHint: 'Kommer etter standardteksten i avlysningen.',
    next: 'Neste',
    back: 'Tilbake',
    cancel: 'Avbryt',
    send: 'Deleger',
    close: 'Lukk',
    confirmTitle: 'Dette skjer',
    toEmployee: (name: string, mail: string) =>
      `${name} (${mail}) får en avlysning av møtet fra deg med denne meldingen, og en ny Outlook-invitasjon fra den nye lederen:`,
    toEmployeeHeld: (name: string) => `${name} får ingen melding: møtet er holdt.`,
    toLeader: (name: string, mail: string) =>
      `${name} (${mail}) får møtet i kalenderen sin og tilgang til begge forberedelsene, referatutkastet og de private notatene dine.`,
    toYou: 'Du har ikke tilgang til samtalen etter dette.',
    sending: 'Delegerer …',
    done: (employee: string, leader: string) => `Samtalen med ${employee} holdes nå av ${leader}.`,
    slotTaken: 'Tidspunktet ble tatt i mellomtiden. Velg et nytt.',
    failed: 'Det gikk ikke helt. Prøv igjen: det som alt er gjort, gjøres ikke to ganger.',
    when: (date: string, time: string) => `${date} kl. ${time}`,
  },
  nn: {
    title: (name: string) => `Deleger samtalen med ${name}`,
    intro:
      'Ein annan leiar held samtalen i staden for deg. Rutinen: avklar med din eigen leiar kven som skal gjennomføre han.',
    loading: 'Hentar leiarar …',
    pick: 'Kven skal halde samtalen?',
    none: 'Fann ingen leiarar nær deg i katalogen.',
    relation: (relation: string) =>
      ({ manager: 'leiaren din', peer: 'leiar ved sida av deg', report: 'leiar under deg' })[relation] ??
      relation,
    checking: 'Sjekkar kalenderen …',
    held: 'Møtet er halde. Berre førebuingane og referatutkastet går over; Outlook blir ikkje rørt.',
    keep: (name: string, when: string) => `${name} er ledig ${when}: tidspunktet blir behalde.`,
    busy: (name: string, when: string) => `${name} er oppteken ${when}. Vel ei ny tid der begge er ledige:`,
    noTimes: 'Fann inga felles ledig tid dei neste to vekene. Vel ein annan leiar.',
    newTime: 'Nytt tidspunkt',
    note: (name: string) => `Helsing til ${name} (valfritt)`,
    noteHint: 'Kjem etter standardteksten i avlysinga.',
    next: 'Neste',
    back: 'Tilbake',
    cancel: 'Avbryt',
    send: 'Deleger',
    close: 'Lukk',
    confirmTitle: 'Dette skjer',
    toEmployee: (name: string, mail: string) =>
      `${name} (${mail}) får ei avlysing av møtet frå deg med denne meldinga, og ei ny Outlook-innkalling frå den nye leiaren:`,
    toEmployeeHeld: (name: string) => `${name} får inga melding: møtet er halde.`,
    toLeader: (name: string, mail: string) =>
      `${name} (${mail}) får møtet i kalenderen sin og tilgang til begge førebuingane, referatutkastet og dei private notata dine.`,
    toYou: 'Du har ikkje tilgang til samtalen etter dette.',
    sending: 'Delegerer …',
    done: (employee: string, leader: string) => `Samtalen med ${employee} blir no halden av ${leader}.`,
    slotTaken: 'Tidspunktet vart teke i mellomtida. Vel eit nytt.',
    failed: 'Det gjekk ikkje heilt. Prøv igjen: det som alt er gjort, blir ikkje gjort to gonger.',
    when: (date: string, time: string) => `${date} kl. ${time}`,
  },
  en: {
    title: (name: string) => `Delegate the conversation with ${name}`,
    intro:
      'Another leader holds the conversation instead of you. The routine: agree with your own leader who will hold it.',
    loading: 'Loading leaders …',
    pick: 'Who will hold the conversation?',
    none: 'No leaders near you were found in the directory.',
    relation: (relation: string) =>
      ({ manager: 'your leader', peer: 'a leader beside you', report: 'a leader under you' })[relation] ??
      relation,
    checking: 'Checking the calendar …',
    held: 'The meeting has been held. Only the preparations and the referat draft move; Outlook is not touched.',
    keep: (name: string, when: string) => `${name} is free ${when}: the time stays.`,
    busy: (name: string, when: string) => `${name} is busy ${when}. Pick a new time when both are free:`,
    noTimes: 'No common free time in the next two weeks. Pick another leader.',
    newTime: 'New time',
    note: (name: string) => `A note to ${name} (optional)`,
    noteHint: 'Added after the standard text of the cancellation.',
    next: 'Next',
    back: 'Back',
    cancel: 'Cancel',
    send: 'Delegate',
    close: 'Close',
    confirmTitle: 'What happens',
    toEmployee: (name: string, mail: string) =>
      `${name} (${mail}) gets a cancellation of the meeting from you with this message, and a new Outlook invitation from the new leader:`,
    toEmployeeHeld: (name: string) => `${name} gets no message: the meeting has been held.`,
    toLeader: (name: string, mail: string) =>
      `${name} (${mail}) gets the meeting in their calendar and access to both preparations, the referat draft and your private notes.`,
    toYou: 'You no longer have access to the conversation after this.',
    sending: 'Delegating …',
    done: (employee: string, leader: string) => `The conversation with ${employee} is now held by ${leader}.`,
    slotTaken: 'The time was taken in the meantime. Pick a new one.',
    failed: 'It did not quite work. Try again: what is already done is not done twice.',
    when: (date: string, time: string) => `${date} at ${time}`,
  },
});
