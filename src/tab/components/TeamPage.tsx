// "Mitt team": the leader's direct reports, read from the directory through the server, sorted and filtered
// as the leader left it (kept in the hash), with the row's actions and the conversations held for others.
import { useCallback, useMemo } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/api-error';
import type { TeamMember } from '../api/schemas';
import { teamApi } from '../api/team';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PageHeading } from './PageHeading';
import { RolePage } from './RolePage';
import { Surface } from './Surface';
import { TeamTable } from './TeamTable';
import { usePlanDialog } from '../scheduling/usePlanDialog';
import { RoundPlannerLink } from '../scheduling/RoundPlannerLink';
import { ConductingForOthers } from '../team/ConductingForOthers';
import { TeamToolbar } from '../team/TeamToolbar';
import { teamMessages } from '../team/team-messages';
import { applyTeamView, DEFAULT_VIEW } from '../team/team-view';
import { useRowDialogs } from '../team/useRowDialogs';
import { useTeamView } from '../team/useTeamView';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

export function TeamPage({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const { t } = useI18n();
  const m = useMessages(teamMessages);
  const team = useMemo(() => teamApi(api), [api]);
  // The server lists the team overdue first, then due now, then the rest: the default view keeps that order.
  const load = useCallback(() => team.overview(), [team]);
  const { state, retry } = useLoad(load);
  const planning = usePlanDialog(api, retry);
  const rows = useRowDialogs(api, retry);
  const [view, setView] = useTeamView();
  const members = state.status === 'done' ? state.data.members : [];
  const shown = useMemo(() => applyTeamView(members, view), [members, view]);
  const actionFor = useCallback(
    (member: TeamMember) => (
      <div className={styles.actions}>
        {planning.actionFor(member)}
        {rows.buttonsFor(member)}
      </div>
    ),
    [planning, rows, styles.actions],
  );

  // the server is the judge of who leads whom: a person without reports gets their own page
  if (state.status === 'failed' && state.error instanceof ApiError && state.error.code === 'not-a-leader') {
    return <RolePage role="employee" />;
  }
  return (
    <>
      <PageHeading
        title={t.teamHeading}
        subtitle={state.status === 'done' && members.length > 0 ? t.teamCount(members.length) : undefined}
      />
      {state.status === 'done' && members.length > 0 && <RoundPlannerLink />}
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'done' && (
        <Surface>
          {members.length === 0 ? (
            <Body1>{t.teamEmpty}</Body1>
          ) : (
            <>
              <TeamToolbar view={view} onChange={setView} shown={shown.length} total={members.length} />
              {shown.length === 0 ? (
                <div className={styles.empty}>
                  <Body1>{m.noMatch}</Body1>
                  <Button onClick={() => setView({ ...DEFAULT_VIEW, sort: view.sort })}>{m.clear}</Button>
                </div>
              ) : (
                <TeamTable members={shown} actionFor={actionFor} />
              )}
            </>
          )}
        </Surface>
      )}
      {state.status === 'done' && <ConductingForOthers conversations={state.data.conductingForOthers} />}
      {planning.dialog}
      {rows.dialogs}
    </>
  );
}
