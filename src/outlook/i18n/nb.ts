// The task pane's own texts in bokmål; the shared ones (sign-in, errors, retry) are the tab's catalogue.
// nn.ts and en.ts must match this key for key (OutlookMessages).

const CHECK: Record<string, string> = { yes: 'Ja', no: 'Nei', 'not-relevant': 'Ikke aktuelt' };

export const nb = {
  paneLabel: 'Samtale for Outlook',
  lookingUp: 'Finner samtalen …',
  notSamtaleTitle: 'Dette er ikke en Samtale-avtale',
  notSamtaleBody:
    'Her ser du forberedelsen når du åpner avtalen for en medarbeidersamtale, startsamtale eller oppfølgingssamtale fra Samtale.',
  notAMeeting: 'Åpne en avtale i kalenderen for å bruke Samtale.',
  saveFirstTitle: 'Lagre avtalen først',
  saveFirstBody: 'Samtale kan bare finne en avtale som er lagret i kalenderen.',
  saveMeeting: 'Lagre avtalen',
  savingMeeting: 'Lagrer avtalen …',
  saveMeetingFailed: 'Outlook lagret ikke avtalen. Prøv igjen.',
  chooseHeading: 'Velg en avtale',
  chooseIntro:
    'I Outlook åpner tillegget seg på avtalen du har valgt. I demoen velger du en av dine bookede samtaler her.',
  chooseEmpty: 'Du har ingen bookede samtaler ennå.',
  roleConductor: 'Du leder samtalen',
  roleEmployee: 'Din samtale',
  chooseOther: 'Velg en annen avtale',
  withPerson: (name: string) => `med ${name}`,
  conductedBy: (name: string) => `Leder: ${name}`,
  yourForm: 'Din forberedelse',
  required: 'må besvares',
  checkYes: 'Ja',
  checkNo: 'Nei',
  checkNotRelevant: 'Ikke aktuelt',
  stateSaved: 'Lagret',
  stateSaving: 'Lagrer …',
  stateDirty: 'Endringer lagres straks',
  stateFailed: 'Ikke lagret. Det du har skrevet er tatt vare på her til det er lagret.',
  stateRetry: 'Lagre på nytt',
  submit: 'Send inn',
  submittedAt: (when: string) => `Sendt inn ${when}. Du kan fortsatt rette svarene.`,
  confirmTitle: 'Sende inn forberedelsen?',
  confirmEmployee: 'Lederen din kan se svarene når dere begge har sendt inn, eller når samtalen begynner.',
  confirmLeader:
    'Medarbeideren kan se svarene dine når dere begge har sendt inn, eller når samtalen begynner.',
  cancel: 'Avbryt',
  missingAnswer: 'Svar på dette spørsmålet før du sender inn.',
  otherHeading: (name: string) => `Svarene fra ${name}`,
  otherNotSubmitted: (name: string) => `${name} har ikke sendt inn forberedelsen ennå.`,
  otherHidden: (name: string) =>
    `${name} har sendt inn. Du ser svarene når du har sendt inn din egen forberedelse, eller når samtalen begynner.`,
  notAnswered: 'Ikke besvart',
  openWorkspace: 'Åpne samtalen i Samtale',
  checkAnswer: (value: string) => CHECK[value] ?? value,
};
