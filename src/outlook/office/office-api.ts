/// <reference types="office-js" />
// The slice of office.js the task pane uses, typed from @types/office-js. The functions take it as an
// argument instead of reading the global, so tests hand in an office-addin-mock object and the demo (a plain
// browser, no office.js) hands in nothing at all.

export type OfficeApi = Pick<typeof Office, 'onReady' | 'context' | 'MailboxEnums' | 'AsyncResultStatus'>;

/** office.js as the page loaded it from Microsoft's CDN, or null outside Office (or when the CDN was out of reach) */
export function globalOffice(): OfficeApi | null {
  const candidate = (globalThis as { Office?: OfficeApi }).Office;
  return candidate && typeof candidate.onReady === 'function' ? candidate : null;
}
