// #/people/<id>/checklist: a new hire's onboarding list (000 3-4) and a leaver's exit list (000 5), for the
// person's leader. Reached from the team row; loaded when first shown (lazyView).
import { Link, MessageBar, MessageBarBody, Body1, makeStyles, tokens } from '@fluentui/react-components';
import { ApiError } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { Surface } from '../components/Surface';
import { useMessages } from '../i18n/feature-messages';
import { hrefOf } from '../routing/route';
import { mustNameMentorFirst } from './checklist-groups';
import { checklistMessages } from './checklist-messages';
import { ChecklistSection } from './ChecklistSection';
import { StartChecklist } from './StartChecklist';
import { useChecklists, type ChecklistNotice } from './useChecklists';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export function ChecklistPage({ api, personId }: { api: ApiClient; personId: string }) {
  const styles = useStyles();
  const m = useMessages(checklistMessages);
  const lists = useChecklists(api, personId);
  const { state, data, notice, pending } = lists;
  const forbidden =
    state.status === 'failed' && state.error instanceof ApiError && state.error.status === 403;
  return (
    <div className={styles.root}>
      <Link href={hrefOf({ name: 'home' })}>{m.backToTeam}</Link>
      <PageHeading
        title={data ? m.heading(data.person.displayName) : m.headingPlain}
        subtitle={data?.person.jobTitle}
      />
      <div role="status" aria-live="polite">
        {notice && <Notice notice={notice} />}
      </div>
      {state.status === 'loading' && !data && <LoadingState label={m.loading} />}
      {forbidden && (
        <MessageBar intent="error">
          <MessageBarBody>{m.forbidden}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && !forbidden && <ErrorState error={state.error} onRetry={lists.retry} />}
      {data && (
        <>
          {data.checklists.length === 0 && (
            <Surface>
              <Body1>{m.noLists}</Body1>
            </Surface>
          )}
          {data.checklists.map((list) => (
            <ChecklistSection
              key={list.kind}
              list={list}
              candidates={data.mentorCandidates}
              pending={pending}
              onTick={(itemId, done) =>
                mustNameMentorFirst(list, { id: itemId }, done)
                  ? lists.say('mentor-first')
                  : void lists.tick(list, itemId, done)
              }
              onOptions={(change) => void lists.update(list, change)}
            />
          ))}
          {data.startable.map((s) => (
            <StartChecklist
              key={s.kind}
              startable={s}
              saving={pending === 'start'}
              onStart={(body) => void lists.start(body)}
            />
          ))}
        </>
      )}
    </div>
  );
}

function Notice({ notice }: { notice: ChecklistNotice }) {
  const m = useMessages(checklistMessages);
  const [intent, text] = {
    'changed-elsewhere': ['warning', m.changedElsewhere],
    failed: ['error', m.failed],
    'mentor-first': ['warning', m.mentorFirst],
    started: ['success', m.started],
  }[notice] as ['warning' | 'error' | 'success', string];
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
