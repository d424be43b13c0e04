// In Outlook (production): NAA signs the person in through the host, the open item is the meeting, and the
// server says which conversation it is. Outside an Office host there is no item, so the pane says so.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../core/org';
import type { ApiClient } from '../tab/api/client';
import type { ClientConfig } from '../tab/api/schemas';
import { AppHeader } from '../tab/components/AppHeader';
import { PageLayout } from '../tab/components/PageLayout';
import { createNaaTokenSource, type TokenSource } from './auth/naa-token';
import { createOutlookClient } from './api/outlook-client';
import { OpenMeetingView, type LookUp } from './components/OpenMeetingView';
import { useOutlookText } from './i18n/useOutlookText';
import { findOpenMeeting } from './office/find-open-meeting';
import { saveMeetingItem } from './office/meeting-item';
import { globalOffice } from './office/office-api';
import { officeOutlookReady } from './office/office-ready';

export type OfficeFlowProps = {
  api: ApiClient;
  config: ClientConfig;
  /** holds the current NAA token for the tab's client too (me) */
  token: { current: string | null };
  onLanguage: (language: Language | null) => void;
};

export function OfficeFlow({ api, config, token, onLanguage }: OfficeFlowProps) {
  const { language } = useOutlookText();
  const [lookUp, setLookUp] = useState<LookUp>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [name, setName] = useState<string | undefined>();
  const source = useRef<TokenSource | null>(null);
  const outlook = useMemo(
    () =>
      createOutlookClient({
        getToken: () => token.current,
        // an expired token: the next look-up or retry asks the host for a fresh one
        onUnauthorized: () => (token.current = null),
        language: () => language,
      }),
    [token, language],
  );

  const run = useCallback(async () => {
    const office = globalOffice();
    if (!(await officeOutlookReady(office)) || !office) return { kind: 'not-a-meeting' as const };
    source.current ??= await createNaaTokenSource(config);
    token.current ??= await source.current();
    const me = await api.me();
    setName(me.displayName);
    onLanguage(me.language);
    return findOpenMeeting(office, outlook);
  }, [api, config, outlook, token, onLanguage]);

  useEffect(() => {
    let live = true;
    setLookUp({ status: 'loading' });
    run().then(
      (meeting) => live && setLookUp({ status: 'done', meeting }),
      (error: unknown) => live && setLookUp({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [run, attempt]);

  const save = async () => {
    const office = globalOffice();
    if (!office) throw new Error('office.js is not loaded');
    await saveMeetingItem(office);
    setAttempt((n) => n + 1);
  };
  return (
    <PageLayout header={<AppHeader demo={false} userName={name} />}>
      <OpenMeetingView api={outlook} lookUp={lookUp} onRetry={() => setAttempt((n) => n + 1)} onSave={save} />
    </PageLayout>
  );
}
