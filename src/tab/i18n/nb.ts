// Bokmål: the default language and the reference key set. nn.ts and en.ts must match it key for key.
import type { Role } from '../../core/org';

export const nb = {
  appName: 'Samtale',
  loading: 'Laster …',
  retry: 'Prøv igjen',
  errorTitle: 'Noe gikk galt',
  errorNetwork: 'Fikk ikke kontakt med tjenesten. Sjekk nettverket og prøv igjen.',
  errorGeneric: 'Tjenesten svarte ikke som forventet. Prøv igjen om litt.',
  errorRateLimited: 'Det kom for mange forespørsler fra deg på kort tid. Vent noen sekunder og prøv igjen.',
  demoBadge: 'Demo',
  demoHeading: 'Demoinnlogging – fiktiv kommune, ingen ekte data',
  demoIntro: 'Velg hvem du vil være. Alle personer og enheter er oppdiktet.',
  demoSigningIn: (name: string) => `Logger inn som ${name} …`,
  demoPersonasLabel: (role: Role) => ({ leader: 'Ledere', employee: 'Medarbeidere', hr: 'HR' })[role],
  roleName: (role: Role) => ({ leader: 'Leder', employee: 'Medarbeider', hr: 'HR' })[role],
  productionHeading: 'Innlogging med Teams',
  productionBody:
    'Innlogging med Microsoft Teams-kontoen din er ikke klar ennå. Den kommer i en senere versjon av Samtale.',
  signedInAs: (name: string) => `Logget inn som ${name}`,
  signOut: 'Logg ut',
  teamHeading: 'Mitt team',
  teamTableLabel: 'Dine direkte underordnede',
  teamCount: (n: number) => (n === 1 ? '1 medarbeider' : `${n} medarbeidere`),
  teamEmpty: 'Du har ingen direkte underordnede.',
  colName: 'Navn',
  colTitle: 'Stilling',
  colUnit: 'Enhet',
  colStartDate: 'Startdato',
  colLastAnnual: 'Siste medarbeidersamtale',
  neverHeld: 'Ikke registrert',
  colNext: 'Neste samtale',
  nothingDue: 'Ingenting å planlegge',
  dueBy: (date: string) => `frist ${date}`,
  bookedAt: (when: string) => `Booket ${when}`,
  probationUntil: (date: string) => `Prøvetid til ${date}`,
  dueStatus: (status: string) =>
    ({ overdue: 'Forfalt', due: 'Nå', upcoming: 'Kommende', offered: 'Tilbys', exempt: 'Fritatt' })[status] ??
    status,
  employmentType: (type: string) =>
    type === 'permanent' ? 'Fast' : type === 'temporary' ? 'Midlertidig' : type,
  notKnown: 'Ukjent',
  employeeHeading: 'Mine samtaler',
  employeeBody: 'Dine samtaler kommer her: invitasjoner, forberedelse og referat.',
  hrHeading: 'HR-oversikt',
  hrBody: 'Oversikten over samtaler i kommunen kommer her.',
};
