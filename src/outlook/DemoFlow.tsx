// The demo in a plain browser: the tab's demo sign-in, then a choice of the person's booked meetings in place
// of the Outlook item, then the same look-up and views as in Outlook.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from '@fluentui/react-components';
import type { Language } from '../core/org';
import type { ApiClient } from '../tab/api/client';
import type { AccessToken } from '../tab/api/schemas';
import type { TokenStore } from '../tab/auth/token-store';
import { AppHeader } from '../tab/components/AppHeader';
import { DemoSignIn } from '../tab/components/DemoSignIn';
import { PageLayout } from '../tab/components/PageLayout';
import { createOutlookClient } from './api/outlook-client';
import { DemoMeetingPicker } from './components/DemoMeetingPicker';
import { OpenMeetingView, type LookUp } from './components/OpenMeetingView';
import { useOutlookText } from './i18n/useOutlookText';
import { conversationOfMeeting } from './office/find-open-meeting';

export type DemoFlowProps = {
  api: ApiClient;
  tokens: TokenStore;
  onLanguage: (language: Language | null) => void;
};

export function DemoFlow({ api, tokens, onLanguage }: DemoFlowProps) {
  const { o, language } = useOutlookText();
  const [signedIn, setSignedIn] = useState(() => tokens.get(new Date()) !== null);
  const [name, setName] = useState<string | undefined>();
  const [eventId, setEventId] = useState<string | null>(null);
  const [lookUp, setLookUp] = useState<LookUp>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const signOut = useCallback(() => {
    tokens.clear();
    setSignedIn(false);
    setEventId(null);
    setName(undefined);
    onLanguage(null);
  }, [tokens, onLanguage]);
  const outlook = useMemo(
    () =>
      createOutlookClient({
        getToken: () => tokens.get(new Date()),
        onUnauthorized: signOut,
        language: () => language,
      }),
    [tokens, signOut, language],
  );

  useEffect(() => {
    if (!signedIn) return;
    api.me().then(
      (me) => {
        setName(me.displayName);
        onLanguage(me.language);
      },
      () => undefined, // the header shows no name; the views report their own failures
    );
  }, [api, signedIn, onLanguage]);

  useEffect(() => {
    if (!eventId) return;
    let live = true;
    setLookUp({ status: 'loading' });
    conversationOfMeeting(outlook, eventId).then(
      (meeting) => live && setLookUp({ status: 'done', meeting }),
      (error: unknown) => live && setLookUp({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [outlook, eventId, attempt]);

  const signIn = (token: AccessToken) => {
    tokens.set(token);
    setSignedIn(true);
  };
  const header = (
    <AppHeader demo userName={signedIn ? name : undefined} onSignOut={signedIn ? signOut : undefined} />
  );
  if (!signedIn) {
    return (
      <PageLayout header={header}>
        <DemoSignIn api={api} onSignedIn={signIn} />
      </PageLayout>
    );
  }
  return (
    <PageLayout header={header}>
      {eventId === null ? (
        <DemoMeetingPicker api={outlook} onChoose={setEventId} />
      ) : (
        <>
          <div>
            <Link as="button" onClick={() => setEventId(null)}>
              {o.chooseOther}
            </Link>
          </div>
          <OpenMeetingView
            api={outlook}
            lookUp={lookUp}
            onRetry={() => setAttempt((n) => n + 1)}
            onSave={async () => undefined}
          />
        </>
      )}
    </PageLayout>
  );
}
