// The appointment the task pane is open on, as the REST id the server can read through Graph.
// Read mode has item.itemId at once. Compose mode has an id only once the meeting is saved, so an unsaved new
// meeting must be saved first (saveAsync). Both ids are EWS ids; Graph wants the REST form (convertToRestId).
import type { OfficeApi } from './office-api';

export type MeetingItem =
  /** the pane was opened on something that is not a meeting (a message, or nothing) */
  | { kind: 'not-a-meeting' }
  /** a new meeting in compose mode that Outlook has not saved yet: it has no id to look up */
  | { kind: 'unsaved' }
  | { kind: 'ready'; mode: 'read' | 'compose'; restId: string };

type Callback<T> = (result: Office.AsyncResult<T>) => void;
/** the compose-mode methods we use; present on AppointmentCompose only */
type ComposeItem = {
  getItemIdAsync?: (callback: Callback<string>) => void;
  saveAsync?: (callback: Callback<string>) => void;
};

export function toRestId(office: OfficeApi, ewsId: string): string {
  return office.context.mailbox.convertToRestId(ewsId, office.MailboxEnums.RestVersion.v2_0);
}

export async function currentMeetingItem(office: OfficeApi): Promise<MeetingItem> {
  const item = office.context.mailbox?.item;
  if (!item || String(item.itemType) !== String(office.MailboxEnums.ItemType.Appointment))
    return { kind: 'not-a-meeting' };
  const readId = (item as { itemId?: unknown }).itemId;
  if (typeof readId === 'string' && readId !== '')
    return { kind: 'ready', mode: 'read', restId: toRestId(office, readId) };
  const compose = item as ComposeItem;
  const id = compose.getItemIdAsync ? await settle(office, (cb) => compose.getItemIdAsync?.(cb)) : null;
  return id ? { kind: 'ready', mode: 'compose', restId: toRestId(office, id) } : { kind: 'unsaved' };
}

/** Saves the meeting open in compose mode (a draft in the organizer's calendar) and returns its REST id. */
export async function saveMeetingItem(office: OfficeApi): Promise<string> {
  const compose = office.context.mailbox.item as ComposeItem | null;
  if (!compose?.saveAsync) throw new Error('the open item cannot be saved');
  const id = await settle(office, (cb) => compose.saveAsync?.(cb));
  if (!id) throw new Error('Outlook did not save the meeting');
  return toRestId(office, id);
}

/** an office.js callback as a promise: the value on success, null on failure (e.g. not saved yet) */
function settle(office: OfficeApi, start: (callback: Callback<string>) => void): Promise<string | null> {
  return new Promise((resolve) => {
    start((result) => {
      const ok = String(result.status) === String(office.AsyncResultStatus.Succeeded);
      resolve(ok && typeof result.value === 'string' && result.value !== '' ? result.value : null);
    });
  });
}
