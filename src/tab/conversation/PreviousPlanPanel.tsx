// Last conversation's plan and how it stands today (002: the plan is the start of next year's conversation).
import { useCallback } from 'react';
import { Badge, Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkspaceCalls } from '../api/conversation-workspace';
import { ActionTable } from '../components/ActionTable';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflowX: 'auto' },
});

export function PreviousPlanPanel({ calls, id }: { calls: WorkspaceCalls; id: string }) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const m = useMessages(workspaceMessages);
  const { state, retry } = useLoad(useCallback(() => calls.previousPlan(id), [calls, id]));
  return (
    <Surface>
      <section className={styles.root} aria-labelledby="previous-plan-heading">
        <Subtitle2 as="h2" block id="previous-plan-heading">
          {m.previousHeading}
        </Subtitle2>
        {state.status === 'loading' && <LoadingState label={t.loading} />}
        {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'done' && !state.data && <Body1>{m.previousNone}</Body1>}
        {state.status === 'done' && state.data && (
          <>
            <Body1>{m.previousHeldOn(date(state.data.heldOn))}</Body1>
            {state.data.noSpecialActions && <Body1>{m.previousNoActions}</Body1>}
            {state.data.actions.length > 0 && (
              <div className={styles.scroll}>
                <ActionTable
                  actions={state.data.actions}
                  labelledBy="previous-plan-heading"
                  extra={{
                    header: m.colStatus,
                    cell: (a) => (
                      <Badge appearance="tint" color={a.overdue ? 'danger' : 'informative'}>
                        {a.overdue ? m.overdue : m.onTime}
                      </Badge>
                    ),
                  }}
                />
              </div>
            )}
          </>
        )}
      </section>
    </Surface>
  );
}
