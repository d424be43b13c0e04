// Nynorsk.
import type { Role } from '../../core/org';
import type { Messages } from './messages';

export const nn: Messages = {
  appName: 'Samtale',
  loading: 'Lastar …',
  retry: 'Prøv igjen',
  errorTitle: 'Noko gjekk gale',
  errorNetwork: 'Fekk ikkje kontakt med tenesta. Sjekk nettverket og prøv igjen.',
  errorGeneric: 'Tenesta svarte ikkje som venta. Prøv igjen om litt.',
  errorRateLimited: 'Det kom for mange førespurnader frå deg på kort tid. Vent nokre sekund og prøv igjen.',
  demoBadge: 'Demo',
  demoHeading: 'Demoinnlogging – fiktiv kommune, ingen ekte data',
  demoIntro: 'Vel kven du vil vere. Alle personar og einingar er oppdikta.',
  demoSigningIn: (name: string) => `Loggar inn som ${name} …`,
  demoPersonasLabel: (role: Role) => ({ leader: 'Leiarar', employee: 'Medarbeidarar', hr: 'HR' })[role],
  roleName: (role: Role) => ({ leader: 'Leiar', employee: 'Medarbeidar', hr: 'HR' })[role],
  productionHeading: 'Innlogging med Teams',
  productionBody:
    'Innlogging med Microsoft Teams-kontoen din er ikkje klar enno. Ho kjem i ein seinare versjon av Samtale.',
  signedInAs: (name: string) => `Logga inn som ${name}`,
  signOut: 'Logg ut',
  teamHeading: 'Teamet mitt',
  teamTableLabel: 'Dine direkte underordna',
  teamCount: (n: number) => (n === 1 ? '1 medarbeidar' : `${n} medarbeidarar`),
  teamEmpty: 'Du har ingen direkte underordna.',
  colName: 'Namn',
  colTitle: 'Stilling',
  colUnit: 'Eining',
  colStartDate: 'Startdato',
  colLastAnnual: 'Siste medarbeidarsamtale',
  neverHeld: 'Ikkje registrert',
  colNext: 'Neste samtale',
  nothingDue: 'Ingenting å planleggje',
  dueBy: (date: string) => `frist ${date}`,
  bookedAt: (when: string) => `Booka ${when}`,
  probationUntil: (date: string) => `Prøvetid til ${date}`,
  dueStatus: (status: string) =>
    ({ overdue: 'Forfalle', due: 'No', upcoming: 'Kjem', offered: 'Tilbode', exempt: 'Fritak' })[status] ??
    status,
  employmentType: (type: string) =>
    type === 'permanent' ? 'Fast' : type === 'temporary' ? 'Mellombels' : type,
  notKnown: 'Ukjend',
  employeeHeading: 'Samtalane mine',
  employeeBody: 'Samtalane dine kjem her: invitasjonar, førebuing og referat.',
  hrHeading: 'HR-oversikt',
  hrBody: 'Oversikta over samtalar i kommunen kjem her.',
};
