// The task pane's flow: read the server's mode, then the demo (sign-in and a chosen meeting in a plain
// browser) or Outlook (NAA and the open item).
import { useCallback, useMemo, useRef } from 'react';
import type { Language } from '../core/org';
import { createApiClient } from '../tab/api/client';
import type { TokenStore } from '../tab/auth/token-store';
import { AppHeader } from '../tab/components/AppHeader';
import { ErrorState } from '../tab/components/ErrorState';
import { LoadingState } from '../tab/components/LoadingState';
import { PageLayout } from '../tab/components/PageLayout';
import { useLoad } from '../tab/hooks/useLoad';
import { DemoFlow } from './DemoFlow';
import { OfficeFlow } from './OfficeFlow';
import { useOutlookText } from './i18n/useOutlookText';

export type OutlookAppProps = { tokens: TokenStore; onLanguage: (language: Language | null) => void };

export function OutlookApp({ tokens, onLanguage }: OutlookAppProps) {
  const { t } = useOutlookText();
  // production's NAA token; the demo keeps its token in the tab's token store
  const naaToken = useRef<string | null>(null);
  const api = useMemo(
    () =>
      createApiClient({
        surface: 'outlook',
        getToken: () => naaToken.current ?? tokens.get(new Date()),
        // an expired token is dropped; the flows ask again (the demo shows its sign-in, NAA asks the host)
        onUnauthorized: () => {
          naaToken.current = null;
          tokens.clear();
        },
      }),
    [tokens],
  );
  const { state, retry } = useLoad(useCallback(() => api.config(), [api]));

  if (state.status !== 'done') {
    return (
      <PageLayout header={<AppHeader demo={false} />}>
        {state.status === 'loading' ? (
          <LoadingState label={t.loading} />
        ) : (
          <ErrorState error={state.error} onRetry={retry} wholePage />
        )}
      </PageLayout>
    );
  }
  if (state.data.mode === 'demo') return <DemoFlow api={api} tokens={tokens} onLanguage={onLanguage} />;
  return <OfficeFlow api={api} config={state.data} token={naaToken} onLanguage={onLanguage} />;
}
