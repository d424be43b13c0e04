// #/conversations/<id>: the conductor's workspace, or the employee's own view of the same conversation. The
// preparation says which side the caller is on, so nothing of the leader's is rendered for the employee.
import { useMemo } from 'react';
import { Body1 } from '@fluentui/react-components';
import { createOutlookClient } from '../../outlook/api/outlook-client';
import { createDraftStore } from '../../outlook/preparation/draft-store';
import { usePreparation } from '../../outlook/preparation/usePreparation';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/api-error';
import { workspaceCalls } from '../api/conversation-workspace';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { Surface } from '../components/Surface';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { EmployeeSide } from './EmployeeSide';
import { LeaderWorkspace } from './LeaderWorkspace';
import { workspaceMessages } from './messages';

export function ConversationPage({ api, id }: { api: ApiClient; id: string }) {
  const { t, language } = useI18n();
  const m = useMessages(workspaceMessages);
  const { getToken, onUnauthorized } = api.options;
  // the task pane's preparation calls and form, on the tab's sign-in
  const prepApi = useMemo(
    () => createOutlookClient({ getToken, onUnauthorized, language: () => language }),
    [getToken, onUnauthorized, language],
  );
  const calls = useMemo(() => workspaceCalls(api), [api]);
  const drafts = useMemo(() => createDraftStore(window.sessionStorage), []);
  const prep = usePreparation(prepApi, id, drafts);

  if (prep.load?.status === 'failed') {
    const error = prep.load.error;
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
      return (
        <>
          <PageHeading title={t.errorTitle} />
          <Surface>
            <Body1>{m.notFound}</Body1>
          </Surface>
        </>
      );
    }
    return <ErrorState error={error} onRetry={prep.reload} wholePage />;
  }
  if (!prep.view) return <LoadingState label={t.loading} />;
  if (prep.view.side === 'employee') return <EmployeeSide api={api} id={id} />;
  return <LeaderWorkspace calls={calls} id={id} prep={prep} />;
}
