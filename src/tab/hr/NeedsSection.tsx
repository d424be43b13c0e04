// "Felles behov": the needs raised in the year's conversations, per unit and counted, without names; the
// server merges small units so that a need cannot be traced to one person.
import { useCallback, useState } from 'react';
import { Body1 } from '@fluentui/react-components';
import type { HrApi } from '../api/hr';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { useSectionStyles } from './ComplianceSection';
import { CsvDownloadButton } from './CsvDownloadButton';
import { hrMessages } from './hr-messages';
import { NeedsTable } from './NeedsTable';
import { YearSelect } from './YearSelect';

export function NeedsSection({ hr }: { hr: HrApi }) {
  const { t } = useI18n();
  const m = useMessages(hrMessages);
  const styles = useSectionStyles();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const { state, retry } = useLoad(useCallback(() => hr.needs(year), [hr, year]));
  return (
    <Surface>
      <div className={styles.root}>
        <Body1>{m.needsIntro}</Body1>
        <div className={styles.controls}>
          <YearSelect year={year} onChange={setYear} />
          <CsvDownloadButton hr={hr} kind="needs" year={year} />
        </div>
        {state.status === 'loading' && <LoadingState label={t.loading} />}
        {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'done' &&
          (state.data.units.length === 0 ? (
            <Body1 role="status">{m.needsEmpty}</Body1>
          ) : (
            <NeedsTable report={state.data} year={year} />
          ))}
      </div>
    </Surface>
  );
}
