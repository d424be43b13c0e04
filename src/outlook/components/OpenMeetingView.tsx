// What the pane shows for the meeting it is on, once looked up.
import { LoadingState } from '../../tab/components/LoadingState';
import { ErrorState } from '../../tab/components/ErrorState';
import type { OutlookClient } from '../api/outlook-client';
import type { OpenMeeting } from '../office/find-open-meeting';
import { useOutlookText } from '../i18n/useOutlookText';
import { MeetingPane } from './MeetingPane';
import { NotSamtaleMeeting } from './NotSamtaleMeeting';
import { SaveFirst } from './SaveFirst';

export type LookUp =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'done'; meeting: OpenMeeting };

export type OpenMeetingViewProps = {
  api: OutlookClient;
  lookUp: LookUp;
  onRetry: () => void;
  /** compose mode: save the new meeting in Outlook, then look it up again */
  onSave: () => Promise<void>;
};

export function OpenMeetingView({ api, lookUp, onRetry, onSave }: OpenMeetingViewProps) {
  const { o } = useOutlookText();
  if (lookUp.status === 'loading') return <LoadingState label={o.lookingUp} />;
  if (lookUp.status === 'failed') return <ErrorState error={lookUp.error} onRetry={onRetry} wholePage />;
  const { meeting } = lookUp;
  switch (meeting.kind) {
    case 'conversation':
      return <MeetingPane key={meeting.meeting.conversationId} api={api} meeting={meeting.meeting} />;
    case 'unsaved':
      return <SaveFirst onSave={onSave} />;
    case 'not-a-meeting':
      return <NotSamtaleMeeting notAMeeting />;
    case 'not-samtale':
      return <NotSamtaleMeeting />;
  }
}
