// English.
import type { Role } from '../../core/org';
import type { Messages } from './messages';

export const en: Messages = {
  appName: 'Samtale',
  loading: 'Loading …',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  errorNetwork: 'Could not reach the service. Check the network and try again.',
  errorGeneric: 'The service did not answer as expected. Try again shortly.',
  errorRateLimited: 'Too many requests from you in a short time. Wait a few seconds and try again.',
  demoBadge: 'Demo',
  demoHeading: 'Demo sign-in – fictional municipality, no real data',
  demoIntro: 'Choose who you want to be. All people and units are made up.',
  demoSigningIn: (name: string) => `Signing in as ${name} …`,
  demoPersonasLabel: (role: Role) => ({ leader: 'Leaders', employee: 'Employees', hr: 'HR' })[role],
  roleName: (role: Role) => ({ leader: 'Leader', employee: 'Employee', hr: 'HR' })[role],
  productionHeading: 'Sign in with Teams',
  productionBody:
    'Signing in with your Microsoft Teams account is not ready yet. It comes in a later version of Samtale.',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  teamHeading: 'My team',
  teamTableLabel: 'Your direct reports',
  teamCount: (n: number) => (n === 1 ? '1 employee' : `${n} employees`),
  teamEmpty: 'You have no direct reports.',
  colName: 'Name',
  colTitle: 'Position',
  colUnit: 'Unit',
  colStartDate: 'Start date',
  colLastAnnual: 'Last annual conversation',
  neverHeld: 'None recorded',
  colNext: 'Next conversation',
  nothingDue: 'Nothing to plan',
  dueBy: (date: string) => `due ${date}`,
  bookedAt: (when: string) => `Booked ${when}`,
  probationUntil: (date: string) => `Probation until ${date}`,
  dueStatus: (status: string) =>
    ({ overdue: 'Overdue', due: 'Due now', upcoming: 'Upcoming', offered: 'Offered', exempt: 'Exempt' })[
      status
    ] ?? status,
  employmentType: (type: string) =>
    type === 'permanent' ? 'Permanent' : type === 'temporary' ? 'Temporary' : type,
  notKnown: 'Unknown',
  employeeHeading: 'My conversations',
  employeeBody: 'Your conversations will appear here: invitations, preparation and minutes.',
  hrHeading: 'HR overview',
  hrBody: 'The overview of conversations in the municipality will appear here.',
};
