// The HR view is loaded when HR opens it: a leader's overview (the tab's first page for most people) does
// not download the HR forms and tables (BENCH tab_initial_js_gzip_kb counts only what loads up front).
import { Suspense, lazy } from 'react';
import type { ApiClient } from '../api/client';
import { LoadingState } from '../components/LoadingState';
import { useI18n } from '../i18n/I18nProvider';

const HrPageChunk = lazy(() => import('./HrPage').then((module) => ({ default: module.HrPage })));

export function HrPage({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<LoadingState label={t.loading} />}>
      <HrPageChunk api={api} />
    </Suspense>
  );
}
