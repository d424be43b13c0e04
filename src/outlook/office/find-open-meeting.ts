// From the item open in Outlook to its conversation: the item's REST id goes to the server, which reads the
// item from the caller's own calendar and answers with the conversation, or that it is not one of ours.
import { ApiError } from '../../tab/api/api-error';
import type { MeetingConversation } from '../api/schemas';
import type { OutlookClient } from '../api/outlook-client';
import { currentMeetingItem } from './meeting-item';
import type { OfficeApi } from './office-api';

export type OpenMeeting =
  | { kind: 'not-a-meeting' }
  | { kind: 'unsaved' }
  | { kind: 'not-samtale' }
  | { kind: 'conversation'; meeting: MeetingConversation };

/** The conversation of a meeting by REST id; any other meeting is 'not-samtale', other failures throw. */
export async function conversationOfMeeting(
  api: Pick<OutlookClient, 'meeting'>,
  restId: string,
): Promise<OpenMeeting> {
  try {
    return { kind: 'conversation', meeting: await api.meeting(restId) };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-a-samtale-meeting') return { kind: 'not-samtale' };
    throw error;
  }
}

export async function findOpenMeeting(
  office: OfficeApi,
  api: Pick<OutlookClient, 'meeting'>,
): Promise<OpenMeeting> {
  const item = await currentMeetingItem(office);
  return item.kind === 'ready' ? conversationOfMeeting(api, item.restId) : item;
}
