// The preparation form in the tab: the same form, autosave, draft and submit confirmation as the Outlook
// task pane (src/outlook/preparation), so the tab, the pane and the card ask the same questions the same way.
import { useMemo } from 'react';
import { Divider, Link } from '@fluentui/react-components';
import { createOutlookClient } from '../../outlook/api/outlook-client';
import { MeetingSummary } from '../../outlook/components/MeetingSummary';
import { createDraftStore } from '../../outlook/preparation/draft-store';
import { OtherSideAnswers } from '../../outlook/preparation/OtherSideAnswers';
import { PreparationForm } from '../../outlook/preparation/PreparationForm';
import { usePreparation } from '../../outlook/preparation/usePreparation';
import type { ApiClient } from '../api/client';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { hrefOf } from '../routing/route';
import { employeeMessages } from './messages';

export function PreparePage({ api, conversationId }: { api: ApiClient; conversationId: string }) {
  const { t, language } = useI18n();
  const m = useMessages(employeeMessages);
  // the pane's client on the tab's sign-in: its 400s name the question a submit still needs
  const client = useMemo(
    () => createOutlookClient({ ...api.options, language: () => language }),
    [api, language],
  );
  const drafts = useMemo(() => createDraftStore(window.sessionStorage), []);
  const prep = usePreparation(client, conversationId, drafts);
  const back = (
    <div>
      <Link href={hrefOf({ name: 'conversation', id: conversationId })}>{m.backToConversation}</Link>
    </div>
  );
  if (prep.load?.status === 'failed')
    return (
      <>
        {back}
        <ErrorState error={prep.load.error} onRetry={prep.reload} wholePage />
      </>
    );
  const view = prep.view;
  if (prep.load?.status === 'loading' || !view) return <LoadingState label={t.loading} />;
  return (
    <>
      {back}
      <MeetingSummary view={view} />
      <Surface>
        <PreparationForm
          view={view}
          answers={prep.answers}
          saveState={prep.saveState}
          onChange={prep.change}
          onRetrySave={prep.retrySave}
          onSubmit={prep.submit}
        />
      </Surface>
      <Divider />
      <Surface>
        <OtherSideAnswers view={view} />
      </Surface>
    </>
  );
}
