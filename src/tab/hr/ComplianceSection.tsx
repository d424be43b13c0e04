// "Oppfølging": per unit, how many of those required have had their annual conversation in the year, and
// how many are booked, not booked, exempt or only offered one. Counts only.
import { useCallback, useState } from 'react';
import { Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import type { HrApi } from '../api/hr';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { ComplianceTable } from './ComplianceTable';
import { CsvDownloadButton } from './CsvDownloadButton';
import { hrMessages } from './hr-messages';
import { YearSelect } from './YearSelect';

export const useSectionStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  controls: { display: 'flex', alignItems: 'end', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

export function ComplianceSection({ hr }: { hr: HrApi }) {
  const { t } = useI18n();
  const m = useMessages(hrMessages);
  const styles = useSectionStyles();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const { state, retry } = useLoad(useCallback(() => hr.compliance(year), [hr, year]));
  return (
    <Surface>
      <div className={styles.root}>
        <div className={styles.controls}>
          <YearSelect year={year} onChange={setYear} />
          <CsvDownloadButton hr={hr} kind="compliance" year={year} />
        </div>
        {state.status === 'loading' && <LoadingState label={t.loading} />}
        {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'done' && (
          <>
            <Body1Strong role="status">
              {m.summary(state.data.total.had, state.data.total.required, year)}
            </Body1Strong>
            <ComplianceTable report={state.data} year={year} />
          </>
        )}
      </div>
    </Surface>
  );
}
