// The tab's flow: read the server's mode, then sign in (the demo's page, or Entra ID: through the host in
// Teams, a normal sign-in in a browser), then the workspace. A 401 from any call drops the token and brings
// the sign-in back; in production that signs in again silently, unless the person signed out themselves.
import { useCallback, useMemo, useState } from 'react';
import type { Language } from '../core/org';
import { createApiClient } from './api/client';
import type { EarlyResponses } from './api/early';
import type { AccessToken } from './api/schemas';
import { ProductionSignIn } from './auth/ProductionSignIn';
import { chooseSignInFlow } from './auth/sign-in-flow';
import type { TokenStore } from './auth/token-store';
import { AppHeader } from './components/AppHeader';
import { DemoSignIn } from './components/DemoSignIn';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { PageLayout } from './components/PageLayout';
import { Workspace } from './components/Workspace';
import { useLoad } from './hooks/useLoad';
import { useI18n } from './i18n/I18nProvider';

export type AppProps = {
  tokens: TokenStore;
  /** the first answers, asked for before React started */
  early?: EarlyResponses;
  /** whether Teams (or another Microsoft 365 host) answered; null while the tab is still asking */
  inHost: boolean | null;
  /** the signed-in person's language; null on sign-out, so the next person starts from the default */
  onLanguage: (language: Language | null) => void;
};

export function App({ tokens, early, inHost, onLanguage }: AppProps) {
  const { t } = useI18n();
  const [signedIn, setSignedIn] = useState(() => tokens.get(new Date()) !== null);
  const [signedOutByUser, setSignedOutByUser] = useState(false);
  const signOut = useCallback(() => {
    tokens.clear();
    setSignedIn(false);
    onLanguage(null);
  }, [tokens, onLanguage]);
  const api = useMemo(
    () =>
      createApiClient({
        surface: 'tab',
        getToken: () => tokens.get(new Date()),
        onUnauthorized: signOut,
        early,
      }),
    [tokens, signOut, early],
  );
  const signOutByUser = useCallback(() => {
    setSignedOutByUser(true);
    signOut();
  }, [signOut]);
  const { state, retry } = useLoad(useCallback(() => api.config(), [api]));

  const signIn = useCallback(
    (token: AccessToken) => {
      tokens.set(token);
      setSignedIn(true);
    },
    [tokens],
  );

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
  if (!demo && !signedIn) {
    const flow = inHost === null ? null : chooseSignInFlow(state.data, inHost);
    return (
      <PageLayout header={<AppHeader demo={false} />}>
        {flow === null ? (
          <LoadingState label={t.loading} />
        ) : (
          <ProductionSignIn
            config={state.data}
            flow={flow === 'nested' ? 'nested' : 'standalone'}
            auto={!signedOutByUser}
            onSignedIn={signIn}
          />
        )}
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
  return <Workspace api={api} demo={demo} onSignOut={signOutByUser} onLanguage={onLanguage} />;
}
