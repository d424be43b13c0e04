// office.js in the task pane, against office-addin-mock: read mode as attendee and organizer, compose mode
// with an unsaved and then a saved meeting. What reaches the API is always the REST id (convertToRestId).
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import type { OfficeApi } from '../../../src/outlook/office/office-api';
import { currentMeetingItem, saveMeetingItem } from '../../../src/outlook/office/meeting-item';
import { officeOutlookReady } from '../../../src/outlook/office/office-ready';

type AsyncCallback = (result: { status: string; value: string | undefined }) => void;

// the enums as office.js has them (Office.MailboxEnums.*, Office.AsyncResultStatus)
const ENUMS = {
  MailboxEnums: {
    ItemType: { Message: 'message', Appointment: 'appointment' },
    RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
  },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
};

/** Outlook's id conversion: EWS ids use + and /, REST ids - and _; the mock records what it was asked */
function mailbox(item: Record<string, unknown>, conversions: string[][]) {
  return {
    item,
    convertToRestId(id: string, version: string) {
      conversions.push([id, version]);
      return id.replace(/\+/g, '-').replace(/\//g, '_');
    },
  };
}

function outlook(item: Record<string, unknown>, conversions: string[][] = []): OfficeApi {
  const mock = new OfficeMockObject(
    {
      ...ENUMS,
      context: { mailbox: mailbox(item, conversions) },
      onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    },
    'outlook' as never,
  );
  return mock as unknown as OfficeApi;
}

const ATTENDEE_COPY = 'AAMkADAttendee+copy/of+the/meeting=';
const ORGANIZER_EVENT = 'AAMkADOrganizer+event/in+the/leaders=';

describe('the meeting the task pane is open on', () => {
  it('in read mode as an attendee: the attendee copy’s item id, converted to a REST v2.0 id', async () => {
    const conversions: string[][] = [];
    const office = outlook({ itemType: 'appointment', itemId: ATTENDEE_COPY }, conversions);
    expect(await officeOutlookReady(office)).toBe(true);
    expect(await currentMeetingItem(office)).toEqual({
      kind: 'ready',
      mode: 'read',
      restId: 'AAMkADAttendee-copy_of-the_meeting=',
    });
    expect(conversions).toEqual([[ATTENDEE_COPY, 'v2.0']]);
  });

  it('in read mode as the organizer: the organizer’s own item id, converted', async () => {
    const conversions: string[][] = [];
    const office = outlook({ itemType: 'appointment', itemId: ORGANIZER_EVENT }, conversions);
    expect(await currentMeetingItem(office)).toEqual({
      kind: 'ready',
      mode: 'read',
      restId: 'AAMkADOrganizer-event_in-the_leaders=',
    });
    expect(conversions).toEqual([[ORGANIZER_EVENT, 'v2.0']]);
  });

  it('in compose mode, an unsaved meeting has no id: save first, then it proceeds with the saved id', async () => {
    let savedId: string | null = null;
    const conversions: string[][] = [];
    const item = {
      itemType: 'appointment',
      getItemIdAsync(callback: AsyncCallback) {
        // office.js fails getItemIdAsync until the item is saved
        callback(savedId ? { status: 'succeeded', value: savedId } : { status: 'failed', value: undefined });
      },
      saveAsync(callback: AsyncCallback) {
        savedId = 'AAMkADNew+draft/meeting=';
        callback({ status: 'succeeded', value: savedId });
      },
    };
    const office = outlook(item, conversions);
    expect(await currentMeetingItem(office)).toEqual({ kind: 'unsaved' });
    expect(conversions).toEqual([]);

    expect(await saveMeetingItem(office)).toBe('AAMkADNew-draft_meeting=');
    expect(await currentMeetingItem(office)).toEqual({
      kind: 'ready',
      mode: 'compose',
      restId: 'AAMkADNew-draft_meeting=',
    });
    expect(conversions.every(([, version]) => version === 'v2.0')).toBe(true);
  });

  it('a failed save is an error, not a meeting without an id', async () => {
    const office = outlook({
      itemType: 'appointment',
      getItemIdAsync: (callback: AsyncCallback) => callback({ status: 'failed', value: undefined }),
      saveAsync: (callback: AsyncCallback) => callback({ status: 'failed', value: undefined }),
    });
    await expect(saveMeetingItem(office)).rejects.toThrow('did not save');
  });

  it('a message is not a meeting', async () => {
    const office = outlook({ itemType: 'message', itemId: 'AAMkADmessage=' });
    expect(await currentMeetingItem(office)).toEqual({ kind: 'not-a-meeting' });
  });

  it('outside Outlook (a plain browser, or no office.js at all) the pane is not in Outlook', async () => {
    expect(await officeOutlookReady(null)).toBe(false);
    const browser = new OfficeMockObject({ onReady: async () => ({ host: null, platform: null }) });
    expect(await officeOutlookReady(browser as unknown as OfficeApi)).toBe(false);
  });
});
