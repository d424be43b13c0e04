// Names of folders and files in the personnel library, as SharePoint Online accepts them.
import type { ConversationKind } from '../../core/org';

/** one folder per kind under the employee's folder, in the words HR uses (bokmål) */
export const KIND_FOLDERS: Record<ConversationKind, string> = {
  annual: 'Medarbeidersamtale',
  'probation-followup': 'Oppfølging i prøvetid',
  start: 'Startsamtale',
  exit: 'Sluttsamtale',
};

// SharePoint refuses these characters anywhere in a name, and these whole names.
const FORBIDDEN = /["*:<>?/\\|]/g;
const RESERVED = /^(\.lock|con|prn|aux|nul|com\d|lpt\d|desktop\.ini)$/i;

/**
 * A name SharePoint accepts, as close to `raw` as possible: forbidden characters become '-', runs of
 * white space one space, leading and trailing dots and spaces go, reserved names get a leading '_'.
 * Letters are kept as they are (æøå, é, ñ): SharePoint stores Unicode names.
 */
export function sanitiseName(raw: string): string {
  let name = raw
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .replace(/^~\$/, '')
    .replace(/_vti_/gi, '_vti-');
  name = trimEnds(name);
  // SharePoint allows 400 characters for the whole path; the library, three folders and a file share it.
  if (name.length > 120) name = trimEnds(name.slice(0, 120));
  if (name === '') return '_';
  return RESERVED.test(name) ? `_${name}` : name;
}

/** "10025 Ingvild Olsen": the employee number first, so the folder list sorts and reads like the HR system */
export function employeeFolderName(employee: { employeeNumber: string; displayName: string }): string {
  return sanitiseName(`${employeePrefix(employee)}${employee.displayName}`);
}

/** "10025 ": how every folder of this employee number starts, whatever the name after it */
export function employeePrefix(employee: { employeeNumber: string }): string {
  return `${sanitiseName(employee.employeeNumber)} `;
}

function trimEnds(name: string): string {
  return name.replace(/^[\s.]+|[\s.]+$/g, '');
}
