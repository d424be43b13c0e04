// One error type for the whole product. Each code has a user-facing text in every language and one
// HTTP status (src/server/http-errors.ts); the message never carries a stack trace or another person's data.
import type { Language } from './org';

export type AppErrorCode =
  | 'bad-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-a-leader'
  | 'not-found'
  /** the Outlook add-in was opened on a meeting that is not one of Samtale's, or not the caller's */
  | 'not-a-samtale-meeting'
  | 'conflict'
  /** HR saved a template on an older version than the newest: someone else saved one in between */
  | 'template-changed'
  | 'slot-taken'
  | 'upstream-unavailable'
  /** too many requests from one person (or, signed out, one address) in a short time: issue 9, 4 */
  | 'rate-limited'
  | 'internal';

const TEXTS: Record<AppErrorCode, Record<Language, string>> = {
  'bad-request': {
    nb: 'Forespørselen er ugyldig.',
    nn: 'Førespurnaden er ugyldig.',
    en: 'The request is not valid.',
  },
  unauthenticated: {
    nb: 'Du må logge inn på nytt.',
    nn: 'Du må logge inn på nytt.',
    en: 'Please sign in again.',
  },
  forbidden: {
    nb: 'Du har ikke tilgang til dette.',
    nn: 'Du har ikkje tilgang til dette.',
    en: 'You do not have access to this.',
  },
  'not-a-leader': {
    nb: 'Du er ikke registrert som leder for noen.',
    nn: 'Du er ikkje registrert som leiar for nokon.',
    en: 'You are not registered as anyone’s leader.',
  },
  'not-found': { nb: 'Fant ikke det du ba om.', nn: 'Fann ikkje det du bad om.', en: 'Not found.' },
  'not-a-samtale-meeting': {
    nb: 'Dette er ikke en Samtale-avtale.',
    nn: 'Dette er ikkje ein Samtale-avtale.',
    en: 'This is not a Samtale meeting.',
  },
  conflict: {
    nb: 'Noen andre har endret dette i mellomtiden. Last inn på nytt.',
    nn: 'Nokon andre har endra dette i mellomtida. Last inn på nytt.',
    en: 'Someone else changed this in the meantime. Please reload.',
  },
  'template-changed': {
    nb: 'Noen andre har lagret en nyere versjon av malen mens du redigerte. Åpne den nyeste versjonen og gjør endringene dine der.',
    nn: 'Nokon andre har lagra ein nyare versjon av malen medan du redigerte. Opne den nyaste versjonen og gjer endringane dine der.',
    en: 'Someone else saved a newer version of this template while you were editing. Open the newest version and make your changes there.',
  },
  'slot-taken': {
    nb: 'Tidspunktet er ikke lenger ledig. Velg et annet.',
    nn: 'Tidspunktet er ikkje lenger ledig. Vel eit anna.',
    en: 'That time is no longer free. Please pick another.',
  },
  'upstream-unavailable': {
    nb: 'Microsoft 365 svarer ikke akkurat nå. Prøv igjen om litt.',
    nn: 'Microsoft 365 svarar ikkje akkurat no. Prøv igjen om litt.',
    en: 'Microsoft 365 is not answering right now. Please try again shortly.',
  },
  'rate-limited': {
    nb: 'Det kom for mange forespørsler på kort tid. Vent litt og prøv igjen.',
    nn: 'Det kom for mange førespurnader på kort tid. Vent litt og prøv igjen.',
    en: 'Too many requests in a short time. Please wait a moment and try again.',
  },
  internal: {
    nb: 'Noe gikk galt hos oss. Prøv igjen.',
    nn: 'Noko gjekk gale hos oss. Prøv igjen.',
    en: 'Something went wrong on our side. Please try again.',
  },
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** internal detail for logs; never shown to users */
    detail?: string,
    /** where in the input the problem is, e.g. "body.personId" */
    readonly field?: string,
  ) {
    super(detail ?? code);
    this.name = 'AppError';
  }

  userMessage(language: Language): string {
    return TEXTS[this.code][language];
  }
}

export function errorText(code: AppErrorCode, language: Language): string {
  return TEXTS[code][language];
}
