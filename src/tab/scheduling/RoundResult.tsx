// Sending a round: the progress bar while it runs, then all sent, or who did not get an invitation and a
// way to try again (the server resumes and sends only what is missing).
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
} from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import { hrefOf } from '../routing/route';
import { roundMessages } from './round-messages';
import type { Confirmation } from './useRoundConfirmation';

export function RoundResult({ state, onRetry }: { state: Confirmation; onRetry: () => void }) {
  const m = useMessages(roundMessages);
  if (state.status === 'idle') return null;
  const round = state.status === 'done' ? state.round : null;
  const nameOf = (id: string) => round?.people.find((p) => p.id === id)?.displayName ?? id;
  return (
    <section aria-labelledby="round-result-heading">
      <Subtitle2 block as="h2" id="round-result-heading">
        {state.status === 'sending' ? m.sendingHeading : m.resultHeading}
      </Subtitle2>
      <div role="status" aria-live="polite">
        {state.status === 'sending' && (
          <Field validationMessage={m.progress(state.done, state.total)} validationState="none">
            <ProgressBar
              value={state.total > 0 ? state.done / state.total : 0}
              aria-label={m.progress(state.done, state.total)}
            />
          </Field>
        )}
        {round?.status === 'confirmed' && (
          <MessageBar intent="success">
            <MessageBarBody>{m.allSent(round.progress.done)}</MessageBarBody>
          </MessageBar>
        )}
        {round && round.status !== 'confirmed' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {m.partlySent(round.progress.done, round.progress.total)}
              <ul>
                {round.progress.failed.map((f) => (
                  <li key={f.employeeId}>
                    {nameOf(f.employeeId)}: {m.failedReason}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onRetry}>{m.tryAgain}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{m.failed}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={onRetry}>{m.tryAgain}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {round && (
        <p>
          <a href={hrefOf({ name: 'home' })}>{m.backToTeam}</a>
        </p>
      )}
    </section>
  );
}
