// A view downloaded when it is first shown. The leader's overview is the first page for most people, so the
// workspace, the round planner and the employee's pages stay out of the initial download
// (BENCH tab_initial_js_gzip_kb counts only what loads up front).
import { Suspense, lazy, type ComponentType } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LoadingState } from './LoadingState';

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Chunk = lazy(async () => ({ default: await load() }));
  return function LazyView(props: P) {
    const { t } = useI18n();
    return (
      <Suspense fallback={<LoadingState label={t.loading} />}>
        <Chunk {...props} />
      </Suspense>
    );
  };
}
