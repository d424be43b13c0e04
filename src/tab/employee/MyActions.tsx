// "Mine tiltak": the lines of my signed action plans, to tick off and comment on.
import { useCallback, useMemo } from 'react';
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiClient } from '../api/client';
import { employeeApi } from '../api/employee';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { ActionFollowUp } from './ActionFollowUp';
import { employeeMessages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export function MyActions({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const { t } = useI18n();
  const m = useMessages(employeeMessages);
  const employee = useMemo(() => employeeApi(api), [api]);
  const { state, retry } = useLoad(useCallback(() => employee.myActions(), [employee]));
  return (
    <Surface>
      <section className={styles.root} aria-labelledby="my-actions">
        <Subtitle2 as="h2" block id="my-actions">
          {m.actionsHome}
        </Subtitle2>
        {state.status === 'loading' && <LoadingState label={t.loading} />}
        {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'done' && state.data.length === 0 && <Body1>{m.noActions}</Body1>}
        {state.status === 'done' && state.data.length > 0 && (
          <ul className={styles.list}>
            {state.data.map((action) => (
              <ActionFollowUp key={`${action.conversationId}/${action.id}`} api={employee} action={action} />
            ))}
          </ul>
        )}
      </section>
    </Surface>
  );
}
