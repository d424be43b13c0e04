// The employee's start page: my conversations and my actions.
import { useI18n } from '../i18n/I18nProvider';
import type { ApiClient } from '../api/client';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useMessages } from '../i18n/feature-messages';
import { ConversationList } from './ConversationList';
import { employeeMessages } from './messages';
import { MyActions } from './MyActions';
import { useMyConversations } from './useMyConversations';

export function EmployeeHome({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const m = useMessages(employeeMessages);
  const { state, retry } = useMyConversations(api);
  return (
    <>
      <PageHeading title={m.homeTitle} subtitle={m.homeSubtitle} />
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'done' && <ConversationList lines={state.data} now={new Date()} />}
      <MyActions api={api} />
    </>
  );
}
