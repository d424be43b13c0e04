// "Innstillinger": loads the policy in force, and hands it to the form; a save that someone else beat is
// answered with a reload of the newest version.
import { useCallback } from 'react';
import type { HrApi } from '../api/hr';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { PolicyForm } from './PolicyForm';

export function PolicySection({ hr }: { hr: HrApi }) {
  const { t } = useI18n();
  const { state, retry } = useLoad(useCallback(() => hr.policy(), [hr]));
  return (
    <Surface>
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'done' && <PolicyForm hr={hr} settings={state.data} onReload={retry} />}
    </Surface>
  );
}
