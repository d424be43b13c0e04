// Last conversation's plan and how it stands today (002: the plan is the start of next year's conversation).
import { useCallback } from 'react';
import {
  Badge,
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkspaceCalls } from '../api/conversation-workspace';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';
import { formatShortDate } from '../i18n/dates';

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
                <Table aria-labelledby="previous-plan-heading" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{m.colWhat}</TableHeaderCell>
                      <TableHeaderCell>{m.colResponsible}</TableHeaderCell>
                      <TableHeaderCell>{m.colDeadline}</TableHeaderCell>
                      <TableHeaderCell>{m.colShared}</TableHeaderCell>
                      <TableHeaderCell>{m.colStatus}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {state.data.actions.map((a, i) => (
                      <TableRow key={i}>
                        <TableCell>{a.what}</TableCell>
                        <TableCell>{a.responsibleName}</TableCell>
                        <TableCell>
                          <time dateTime={a.deadline} title={date(a.deadline)}>
                            {formatShortDate(a.deadline)}
                          </time>
                        </TableCell>
                        <TableCell>{a.sharedNeed ? m.yes : m.no}</TableCell>
                        <TableCell>
                          <Badge appearance="tint" color={a.overdue ? 'danger' : 'informative'}>
                            {a.overdue ? m.overdue : m.onTime}
                          </Badge>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </>
        )}
      </section>
    </Surface>
  );
}
