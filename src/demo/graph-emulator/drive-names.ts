// SharePoint's naming rules and Graph's conflict behaviour, as the emulator enforces them: a name the
// real library would refuse is refused here too, so the adapter's sanitising is tested for real.
import type { Context } from 'hono';
import type { DriveStore } from './drive-store';
import { graphError } from './errors';

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

const FORBIDDEN = /["*:<>?/\\|]/;
const RESERVED = /^(\.lock|con|prn|aux|nul|com\d|lpt\d|desktop\.ini)$/i;

/** true when SharePoint Online would refuse the name of a file or folder */
export function invalidName(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 255 ||
    FORBIDDEN.test(name) ||
    RESERVED.test(name) ||
    name.includes('_vti_') ||
    name.startsWith('~$') ||
    /^[\s.]|[\s.]$/.test(name)
  );
}

/** the conflict behaviour a PUT asks for in its query; a simple upload replaces by default */
export function readConflictBehavior(value: string | undefined): ConflictBehavior | null {
  if (value === undefined) return 'replace';
  return value === 'fail' || value === 'replace' || value === 'rename' ? value : null;
}

/** 'referat.pdf' -> 'referat 1.pdf', 'referat 2.pdf' ... as OneDrive and SharePoint rename */
export function uniqueName(store: DriveStore, parentId: string, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!store.childNamed(parentId, candidate)) return candidate;
  }
}

/** Graph's 409 when a name is taken and the caller asked to fail */
export function conflict(c: Context, name: string): Response {
  return graphError(c, 409, 'nameAlreadyExists', `The specified item name already exists. Name: ${name}`);
}
