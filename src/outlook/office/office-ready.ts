// Whether the task pane runs inside Outlook. office.js answers Office.onReady in any page, with host null in a
// plain browser; a page that never got office.js (demo offline, a blocked CDN) is not in Outlook either.
import type { OfficeApi } from './office-api';

// Office.onReady normally answers within a second; a host that never answers must not leave a spinner forever.
const READY_TIMEOUT_MS = 10_000;

export async function officeOutlookReady(office: OfficeApi | null): Promise<boolean> {
  if (!office) return false;
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ]);
  return info !== null && String(info.host) === 'Outlook';
}
