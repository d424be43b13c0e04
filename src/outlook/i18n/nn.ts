// Nynorsk: the same keys as nb.ts.
import type { OutlookMessages } from './outlook-messages';

const CHECK: Record<string, string> = { yes: 'Ja', no: 'Nei', 'not-relevant': 'Ikkje aktuelt' };

export const nn: OutlookMessages = {
  paneLabel: 'Samtale for Outlook',
  lookingUp: 'Finn samtalen …',
  notSamtaleTitle: 'Dette er ikkje ein Samtale-avtale',
  notSamtaleBody:
    'Her ser du førebuinga når du opnar avtalen for ein medarbeidarsamtale, startsamtale eller oppfølgingssamtale frå Samtale.',
  notAMeeting: 'Opna ein avtale i kalenderen for å bruke Samtale.',
  saveFirstTitle: 'Lagra avtalen først',
  saveFirstBody: 'Samtale kan berre finne ein avtale som er lagra i kalenderen.',
  saveMeeting: 'Lagra avtalen',
  savingMeeting: 'Lagrar avtalen …',
  saveMeetingFailed: 'Outlook lagra ikkje avtalen. Prøv igjen.',
  chooseHeading: 'Vel ein avtale',
  chooseIntro:
    'I Outlook opnar tillegget seg på avtalen du har valt. I demoen vel du ein av dei booka samtalane dine her.',
  chooseEmpty: 'Du har ingen booka samtalar enno.',
  roleConductor: 'Du leiar samtalen',
  roleEmployee: 'Samtalen din',
  chooseOther: 'Vel ein annan avtale',
  withPerson: (name) => `med ${name}`,
  conductedBy: (name) => `Leiar: ${name}`,
  yourForm: 'Di førebuing',
  required: 'må svarast på',
  checkYes: 'Ja',
  checkNo: 'Nei',
  checkNotRelevant: 'Ikkje aktuelt',
  stateSaved: 'Lagra',
  stateSaving: 'Lagrar …',
  stateDirty: 'Endringane blir lagra straks',
  stateFailed: 'Ikkje lagra. Det du har skrive, er teke vare på her til det er lagra.',
  stateRetry: 'Lagra på nytt',
  submit: 'Send inn',
  submittedAt: (when) => `Sendt inn ${when}. Du kan framleis rette svara.`,
  confirmTitle: 'Senda inn førebuinga?',
  confirmEmployee: 'Leiaren din kan sjå svara når de begge har sendt inn, eller når samtalen byrjar.',
  confirmLeader: 'Medarbeidaren kan sjå svara dine når de begge har sendt inn, eller når samtalen byrjar.',
  cancel: 'Avbryt',
  missingAnswer: 'Svar på dette spørsmålet før du sender inn.',
  otherHeading: (name) => `Svara frå ${name}`,
  otherNotSubmitted: (name) => `${name} har ikkje sendt inn førebuinga enno.`,
  otherHidden: (name) =>
    `${name} har sendt inn. Du ser svara når du har sendt inn di eiga førebuing, eller når samtalen byrjar.`,
  notAnswered: 'Ikkje svart på',
  openWorkspace: 'Opna samtalen i Samtale',
  checkAnswer: (value) => CHECK[value] ?? value,
};
