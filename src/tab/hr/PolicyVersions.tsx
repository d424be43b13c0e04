// Every saved version of the policy, newest first (the one in force on top): who decided what, when (the file itself is not shown).
import { useCallback } from 'react';
import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle2,
} from '@fluentui/react-components';
import type { HrApi } from '../api/hr';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { policyMessages } from './policy-messages';

/** `current` is the version in force; a new one reloads the list */
export function PolicyVersions({ hr, current }: { hr: HrApi; current: number }) {
  const m = useMessages(policyMessages);
  const { t, dateTime } = useI18n();
  // `current` is in the list only to load again after a save
  const { state, retry } = useLoad(useCallback(() => hr.policyVersions(), [hr, current]));
  return (
    <section aria-labelledby="policy-versions">
      <Subtitle2 as="h2" block id="policy-versions">
        {m.versionsHeading}
      </Subtitle2>
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'done' && state.data.length === 0 && <Body1>{m.versionsEmpty}</Body1>}
      {state.status === 'done' && state.data.length > 0 && (
        <Table aria-label={m.versionsTable} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.colVersion}</TableHeaderCell>
              <TableHeaderCell>{m.colSavedBy}</TableHeaderCell>
              <TableHeaderCell>{m.colSavedAt}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.data.map((v) => (
              <TableRow key={v.version}>
                <TableCell>{v.version}</TableCell>
                <TableCell>{v.savedByName ?? '–'}</TableCell>
                <TableCell>{dateTime(v.savedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
