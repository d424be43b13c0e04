// The tab's flow: read the server's mode, then sign in (demo) or explain what is missing (production),
// then the workspace. A 401 from any call drops the token and brings the sign-in page back.
import { useCallback, useMemo, useState } from 'react';
import type { Language } from '../core/org';
import { createApiClient } from './api/client';
import type { AccessToken } from './api/schemas';
import type { TokenStore } from './auth/token-store';
import { AppHeader } from './components/AppHeader';
import { DemoSignIn } from './components/DemoSignIn';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { PageLayout } from './components/PageLayout';
import { ProductionNotice } from './components/ProductionNotice';
import { Workspace } from './components/Workspace';
import { useLoad } from './hooks/useLoad';
import { useI18n } from './i18n/I18nProvider';

export type AppProps = {
  tokens: TokenStore;
  /** the signed-in person's language; null on sign-out, so the next person starts from the default */
  onLanguage: (language: Language | null) => void;
};

export function App({ tokens, onLanguage }: AppProps) {
  const { t } = useI18n();
  const [signedIn, setSignedIn] = useState(() => tokens.get(new Date()) !== null);
  const signOut = useCallback(() => {
    tokens.clear();
    setSignedIn(false);
    onLanguage(null);
  }, [tokens, onLanguage]);
  const api = useMemo(
    () =>
      createApiClient({ surface: 'tab', getToken: () => tokens.get(new Date()), onUnauthorized: signOut }),
    [tokens, signOut],
  );
  const { state, retry } = useLoad(useCallback(() => api.config(), [api]));

  const signIn = (token: AccessToken) => {
    tokens.set(token);
    setSignedIn(true);
  };

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
  const demo = state.data.mode === 'demo';
  if (!demo) {
    return (
      <PageLayout header={<AppHeader demo={false} />}>
        <ProductionNotice />
      </PageLayout>
    );
  }
  if (!signedIn) {
    return (
      <PageLayout header={<AppHeader demo />}>
        <DemoSignIn api={api} onSignedIn={signIn} />
      </PageLayout>
    );
  }
  return <Workspace api={api} demo onSignOut={signOut} onLanguage={onLanguage} />;
}
