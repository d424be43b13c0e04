// The municipality as Entra ID would hold it: people as microsoft.graph.user objects, looked up by
// object id or userPrincipalName, with the manager relation both ways.
import type { Language, Municipality, Person } from '../../core/org';

export type GraphUser = Record<string, unknown> & { id: string };

export interface Tenant {
  municipality: Municipality;
  /** by object id or by lower-cased userPrincipalName */
  find(idOrUpn: string): Person | undefined;
  manager(person: Person): Person | undefined;
  directReports(person: Person): Person[];
  toUser(person: Person): GraphUser;
  /** every property toUser fills, the names $select may ask for */
  userProperties: Set<string>;
}

const LOCALE: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' };

// What Graph v1.0 returns for a user when the caller sends no $select.
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

export function createTenant(municipality: Municipality): Tenant {
  const byKey = new Map<string, Person>();
  const reports = new Map<string, Person[]>();
  for (const p of municipality.people) {
    byKey.set(p.id, p);
    byKey.set(p.mail.toLowerCase(), p);
    if (p.managerId) reports.set(p.managerId, [...(reports.get(p.managerId) ?? []), p]);
  }
  const units = new Map(municipality.units.map((u) => [u.id, u]));
  const tenant: Tenant = {
    municipality,
    find: (idOrUpn) => byKey.get(idOrUpn) ?? byKey.get(idOrUpn.toLowerCase()),
    manager: (p) => (p.managerId ? byKey.get(p.managerId) : undefined),
    directReports: (p) => reports.get(p.id) ?? [],
    toUser: (p) => {
      const unit = units.get(p.unitId)?.name ?? null;
      return {
        id: p.id,
        businessPhones: [],
        displayName: p.displayName,
        givenName: p.givenName,
        surname: p.surname,
        mail: p.mail,
        mobilePhone: null,
        userPrincipalName: p.mail,
        jobTitle: p.jobTitle,
        department: unit,
        officeLocation: unit,
        employeeId: p.employeeNumber,
        // HR provisioning writes the hire date as midnight UTC; readers take the date in Europe/Oslo.
        employeeHireDate: `${p.startDate}T00:00:00Z`,
        // the last day as Microsoft's lifecycle-workflow example writes it (Graph returns null when unset)
        employeeLeaveDateTime: p.endDate ? `${p.endDate}T23:59:59Z` : null,
        employeeType: p.employmentType,
        preferredLanguage: LOCALE[p.preferredLanguage],
        accountEnabled: true,
        // Entra has no position-percentage attribute; municipalities sync it from HR into an extension attribute.
        onPremisesExtensionAttributes: extensionAttributes(String(p.positionPercent)),
      };
    },
    userProperties: new Set(),
  };
  const first = municipality.people[0];
  if (first) tenant.userProperties = new Set(Object.keys(tenant.toUser(first)));
  return tenant;
}

/** the user's properties Graph would return for `select` (default set when null); id always */
export function selectUser(user: GraphUser, select: string[] | null): GraphUser {
  const names = select ?? DEFAULT_USER_PROPERTIES;
  const picked: GraphUser = { id: user.id };
  for (const name of names) picked[name] = user[name] ?? null;
  return picked;
}

function extensionAttributes(first: string): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (let i = 1; i <= 15; i++) attributes[`extensionAttribute${i}`] = i === 1 ? first : null;
  return attributes;
}
