// Signing (DESIGN §2.6): the leader approves first, after a confirmation that says who gets the referat. The
// approval carries the hash of the content the leader saw, so a change made meanwhile elsewhere is refused.
import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ApiError } from '../api/api-error';
import type { WorkspaceCalls } from '../api/conversation-workspace';
import { ErrorState } from '../components/ErrorState';
import { Surface } from '../components/Surface';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { ApproveDialog } from './ApproveDialog';
import { ArchiveStatusLine } from './ArchiveStatusLine';
import { workspaceMessages } from './messages';
import type { useReferat } from './useReferat';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  result: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export type ApprovePanelProps = {
  calls: WorkspaceCalls;
  id: string;
  employeeName: string;
  state: ReturnType<typeof useReferat>;
};

export function ApprovePanel({ calls, id, employeeName, state }: ApprovePanelProps) {
  const styles = useStyles();
  const { dateTime } = useI18n();
  const m = useMessages(workspaceMessages);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const [justApproved, setJustApproved] = useState(false);
  // the button that opened the dialog is gone once approved: focus goes to what happened instead
  useEffect(() => {
    if (justApproved) result.current?.focus();
  }, [justApproved]);
  const server = state.server;
  if (!server) return null;
  const mine = server.referat.approvals.find((a) => a.role === 'leader');

  // what is typed is saved first, so the leader approves exactly what they see
  const start = async () => {
    setProblem(null);
    setBusy(true);
    await state.saveNow();
    setBusy(false);
    const referat = state.referat ?? server.referat;
    if (referat.actions.length === 0 && !referat.noSpecialActions) return setProblem(m.planIncomplete);
    if (referat.actions.length > 0 && referat.noSpecialActions) return setProblem(m.planContradicts);
    setOpen(true);
  };

  const approve = async () => {
    setOpen(false);
    setBusy(true);
    setFailure(null);
    try {
      state.setServer(await calls.approve(id, server.contentHash));
      setJustApproved(true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setProblem(m.approveChanged);
        state.reload();
      } else if (error instanceof ApiError && error.status === 400) setProblem(m.planIncomplete);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Surface>
      <div className={styles.root} id="approve-panel">
        {server.fullyApproved ? (
          <p className={styles.result} ref={result} tabIndex={-1}>
            {m.approvedBoth}
          </p>
        ) : mine ? (
          <p className={styles.result} ref={result} tabIndex={-1}>
            {m.approvedWaiting(dateTime(mine.at), employeeName)}
          </p>
        ) : (
          <Button
            appearance="primary"
            disabledFocusable={busy}
            aria-describedby="approve-problem"
            onClick={() => void start()}
          >
            {m.approve}
          </Button>
        )}
        <div id="approve-problem" role="alert">
          {problem && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {failure !== null && <ErrorState error={failure} onRetry={() => void approve()} />}
        <ArchiveStatusLine key={server.referat.approvals.length} calls={calls} id={id} />
      </div>
      <ApproveDialog
        open={open}
        employeeName={employeeName}
        onConfirm={() => void approve()}
        onCancel={() => setOpen(false)}
      />
    </Surface>
  );
}
