// The conductor's workspace: who and when, both preparations, last year's plan, the referat with its action
// plan and private notes, and signing. Everything typed is autosaved (useReferat, usePreparation).
import { useCallback, useMemo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { OtherSideAnswers } from '../../outlook/preparation/OtherSideAnswers';
import { PreparationForm } from '../../outlook/preparation/PreparationForm';
import type { usePreparation } from '../../outlook/preparation/usePreparation';
import type { WorkspaceCalls } from '../api/conversation-workspace';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useTemplate } from '../hooks/useTemplate';
import { useI18n } from '../i18n/I18nProvider';
import { ApprovePanel } from './ApprovePanel';
import { ConversationHeader } from './ConversationHeader';
import { PreviousPlanPanel } from './PreviousPlanPanel';
import { ReferatEditor } from './ReferatEditor';
import { createReferatDrafts } from './referat-drafts';
import { useReferat } from './useReferat';
import { WorkspaceNav } from './WorkspaceNav';

const useStyles = makeStyles({
  // two columns where there is room for both; one under the other on a phone or in a side panel
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

type Prep = ReturnType<typeof usePreparation>;

export function LeaderWorkspace({ calls, id, prep }: { calls: WorkspaceCalls; id: string; prep: Prep }) {
  const styles = useStyles();
  const { t } = useI18n();
  const drafts = useMemo(() => createReferatDrafts(window.sessionStorage), []);
  const referat = useReferat(calls, id, drafts);
  const conversation = useLoad(useCallback(() => calls.conversation(id), [calls, id]));
  const template = useTemplate(calls.template, referat.referat);
  const view = prep.view;
  if (!view) return null;
  return (
    <>
      <ConversationHeader
        view={view}
        conversation={conversation.state.status === 'done' ? conversation.state.data : null}
      />
      <WorkspaceNav />
      <div className={styles.columns}>
        <Surface>
          <PreparationForm
            view={view}
            answers={prep.answers}
            saveState={prep.saveState}
            onChange={prep.change}
            onRetrySave={prep.retrySave}
            onSubmit={prep.submit}
          />
        </Surface>
        <Surface>
          <OtherSideAnswers view={view} />
        </Surface>
      </div>
      <PreviousPlanPanel calls={calls} id={id} />
      {referat.failure !== null ? (
        <ErrorState error={referat.failure} onRetry={referat.reload} />
      ) : template.state.status === 'failed' ? (
        <ErrorState error={template.state.error} onRetry={template.retry} />
      ) : !referat.referat || !referat.server || template.state.status !== 'done' || !template.state.data ? (
        <LoadingState label={t.loading} />
      ) : (
        <>
          <ReferatEditor
            referat={referat.referat}
            template={template.state.data}
            names={{ employee: view.conversation.employeeName, me: view.conversation.conductorName }}
            state={referat}
          />
          <ApprovePanel calls={calls} id={id} employeeName={view.conversation.employeeName} state={referat} />
        </>
      )}
    </>
  );
}
