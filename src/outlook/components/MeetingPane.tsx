// The pane on a conversation's meeting: the summary, this side's form, the other side's answers (or why they
// are not shown), and for the conductor the way to the workspace.
import { useMemo } from 'react';
import { Divider } from '@fluentui/react-components';
import { ErrorState } from '../../tab/components/ErrorState';
import { LoadingState } from '../../tab/components/LoadingState';
import type { OutlookClient } from '../api/outlook-client';
import type { MeetingConversation } from '../api/schemas';
import { useOutlookText } from '../i18n/useOutlookText';
import { createDraftStore } from '../preparation/draft-store';
import { OtherSideAnswers } from '../preparation/OtherSideAnswers';
import { PreparationForm } from '../preparation/PreparationForm';
import { usePreparation } from '../preparation/usePreparation';
import { MeetingSummary } from './MeetingSummary';
import { WorkspaceLink } from './WorkspaceLink';

export function MeetingPane({ api, meeting }: { api: OutlookClient; meeting: MeetingConversation }) {
  const { t } = useOutlookText();
  const drafts = useMemo(() => createDraftStore(window.sessionStorage), []);
  const prep = usePreparation(api, meeting.conversationId, drafts);
  if (prep.load?.status === 'loading' || (!prep.load && !prep.view))
    return <LoadingState label={t.loading} />;
  if (prep.load?.status === 'failed')
    return <ErrorState error={prep.load.error} onRetry={prep.reload} wholePage />;
  const view = prep.view;
  if (!view) return null;
  return (
    <>
      <MeetingSummary view={view} />
      {meeting.role === 'conductor' && <WorkspaceLink conversationId={meeting.conversationId} />}
      <PreparationForm
        view={view}
        answers={prep.answers}
        saveState={prep.saveState}
        onChange={prep.change}
        onRetrySave={prep.retrySave}
        onSubmit={prep.submit}
      />
      <Divider />
      <OtherSideAnswers view={view} />
    </>
  );
}
