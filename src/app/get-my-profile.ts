import { AppError } from '../core/errors';
import { languageFromLocale } from '../core/language';
import type { Language, Role } from '../core/org';
import type { Directory } from '../ports/directory';

export interface Profile {
  id: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  language: Language;
}

export interface GetMyProfileInput {
  userId: string;
  /** app roles from the token */
  appRoles: string[];
  /** the app role that makes someone HR (policy of the deployment) */
  hrAppRole: string;
}

/** Who the signed-in person is to Samtale: an employee, a leader if anyone reports to them, HR by app role. */
export async function getMyProfile(
  deps: { directory: Directory },
  input: GetMyProfileInput,
): Promise<Profile> {
  const [person, reports] = await Promise.all([
    deps.directory.getPerson(input.userId),
    deps.directory.listDirectReports(input.userId),
  ]);
  if (!person) throw new AppError('forbidden', 'signed-in user is not in the directory');
  const roles: Role[] = ['employee'];
  if (reports.length > 0) roles.push('leader');
  if (input.appRoles.includes(input.hrAppRole)) roles.push('hr');
  return {
    id: person.id,
    displayName: person.displayName,
    jobTitle: person.jobTitle,
    roles,
    language: languageFromLocale(person.preferredLanguage),
  };
}
