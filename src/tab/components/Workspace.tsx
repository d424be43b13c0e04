// After sign-in: who am I, then the page for my role. Leaders land on their team; everyone else on the
// page for their role.
import { useCallback, useEffect } from 'react';
import type { Language } from '../../core/org';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/schemas';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { AppHeader } from './AppHeader';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PageLayout } from './PageLayout';
import { TeamPage } from './TeamPage';
import { useRoute } from '../routing/route';
import { HrPage } from '../hr/LazyHrPage';
import { lazyView } from './lazy-view';

const EmployeeHome = lazyView(() => import('../employee/EmployeeHome').then((m) => m.EmployeeHome));
const ConversationPage = lazyView(() =>
  import('../conversation/ConversationPage').then((m) => m.ConversationPage),
);
const PreparePage = lazyView(() => import('../employee/PreparePage').then((m) => m.PreparePage));
const RoundPlannerPage = lazyView(() =>
  import('../scheduling/RoundPlannerPage').then((m) => m.RoundPlannerPage),
);
const ChecklistPage = lazyView(() => import('../checklists/ChecklistPage').then((m) => m.ChecklistPage));

export type WorkspaceProps = {
  api: ApiClient;
  demo: boolean;
  onSignOut: () => void;
  /** the signed-in person's own language, which wins over the host's */
  onLanguage: (language: Language) => void;
};

export function Workspace({ api, demo, onSignOut, onLanguage }: WorkspaceProps) {
  const { t } = useI18n();
  const { state, retry } = useLoad(useCallback(() => api.me(), [api]));
  const me = state.status === 'done' ? state.data : null;

  useEffect(() => {
    if (me) onLanguage(me.language);
  }, [me, onLanguage]);

  return (
    <PageLayout
      header={<AppHeader demo={demo} userName={me?.displayName} onSignOut={demo ? onSignOut : undefined} />}
    >
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} wholePage />}
      {me && <Routed api={api} me={me} />}
    </PageLayout>
  );
}

/** The view for the URL's route; each feature adds its route here (routing/route.ts). */
function Routed({ api, me }: { api: ApiClient; me: Me }) {
  const route = useRoute();
  switch (route.name) {
    case 'new-round':
      return <RoundPlannerPage api={api} me={me} />;
    case 'hr':
      return me.roles.includes('hr') ? <HrPage api={api} /> : <StartPage api={api} me={me} />;
    case 'conversation':
      return <ConversationPage key={route.id} api={api} id={route.id} />;
    case 'prepare':
      return <PreparePage key={route.id} api={api} conversationId={route.id} />;
    case 'checklist':
      return <ChecklistPage key={route.personId} api={api} personId={route.personId} />;
    default:
      return <StartPage api={api} me={me} />;
  }
}

function StartPage({ api, me }: { api: ApiClient; me: Me }) {
  if (me.roles.includes('leader')) return <TeamPage api={api} />;
  if (me.roles.includes('hr')) return <HrPage api={api} />;
  return <EmployeeHome api={api} />;
}
