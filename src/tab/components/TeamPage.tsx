// "Mitt team": the leader's direct reports, read from the directory through the server.
import { useCallback } from 'react';
import { Body1 } from '@fluentui/react-components';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/api-error';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PageHeading } from './PageHeading';
import { RolePage } from './RolePage';
import { Surface } from './Surface';
import { TeamTable } from './TeamTable';
import { usePlanDialog } from '../scheduling/usePlanDialog';
import { RoundPlannerLink } from '../scheduling/RoundPlannerLink';

export function TeamPage({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  // The server lists the team overdue first, then due now, then the rest; the page keeps that order.
  const load = useCallback(() => api.team(), [api]);
  const { state, retry } = useLoad(load);
  const planning = usePlanDialog(api, retry);

  // the server is the judge of who leads whom: a person without reports gets their own page
  if (state.status === 'failed' && state.error instanceof ApiError && state.error.code === 'not-a-leader') {
    return <RolePage role="employee" />;
  }
  return (
    <>
      <PageHeading
        title={t.teamHeading}
        subtitle={
          state.status === 'done' && state.data.length > 0 ? t.teamCount(state.data.length) : undefined
        }
      />
      {state.status === 'done' && state.data.length > 0 && <RoundPlannerLink />}
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'done' && (
        <Surface>
          {state.data.length === 0 ? (
            <Body1>{t.teamEmpty}</Body1>
          ) : (
            <TeamTable members={state.data} actionFor={planning.actionFor} />
          )}
        </Surface>
      )}
      {planning.dialog}
    </>
  );
}
