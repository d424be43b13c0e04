// Handing a booked conversation to another leader (002): pick a leader (leaders only, near you in the
// directory), keep the time or pick one both are free, see exactly who is told what, then send. A retry
// after a failure finishes what was started (the server records the hand-over first). Loaded when opened.
import { useEffect, useMemo, useState } from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ConversationKind } from '../../core/org';
import { ApiError } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { delegationApi, type Candidate, type DelegationPreview } from '../api/delegation';
import type { TeamMember } from '../api/schemas';
import { useMessages } from '../i18n/feature-messages';
import { DelegationSummary, PickLeader, SettleTime } from './DelegateParts';
import { delegationMessages } from './delegation-messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Step = 'pick' | 'time' | 'confirm' | 'sending' | 'done';

export type DelegateDialogProps = {
  api: ApiClient;
  member: TeamMember;
  conversation: { id: string; kind: ConversationKind };
  open: boolean;
  onClose: (delegated: boolean) => void;
};

export function DelegateDialog({ api, member, conversation, open, onClose }: DelegateDialogProps) {
  const styles = useStyles();
  const m = useMessages(delegationMessages);
  const delegation = useMemo(() => delegationApi(api), [api]);
  const [step, setStep] = useState<Step>('pick');
  const [notice, setNotice] = useState<'slot-taken' | 'failed' | 'load-failed' | null>(null);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [preview, setPreview] = useState<DelegationPreview | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    let current = true;
    delegation.candidates(conversation.id).then(
      (found) => current && setCandidates(found),
      () => {
        if (!current) return;
        setCandidates([]);
        setNotice('load-failed');
      },
    );
    return () => {
      current = false;
    };
  }, [delegation, conversation.id]);

  const checkTime = async (leaderId: string) => {
    setStep('time');
    setPreview(null);
    setStart(null);
    try {
      const found = await delegation.preview(conversation.id, leaderId);
      setPreview(found);
      setStart(found.canKeepTime ? found.start : (found.suggestions[0]?.start ?? null));
    } catch {
      setNotice('load-failed');
      setStep('pick');
    }
  };

  const send = async () => {
    if (!to || !start) return;
    setStep('sending');
    setNotice(null);
    try {
      await delegation.delegate(conversation.id, { toLeaderId: to, start, note: note.trim() });
      setStep('done');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'slot-taken') {
        setNotice('slot-taken');
        await checkTime(to);
      } else {
        setNotice('failed');
        setStep('confirm');
      }
    }
  };

  const toName = preview?.to.displayName ?? '';
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => !data.open && step !== 'sending' && onClose(step === 'done')}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.title(member.displayName)}</DialogTitle>
          <DialogContent className={styles.content}>
            <div role="status" aria-live="polite">
              {notice === 'slot-taken' && <Notice intent="warning" text={m.slotTaken} />}
              {(notice === 'failed' || notice === 'load-failed') && <Notice intent="error" text={m.failed} />}
              {step === 'sending' && <Spinner label={m.sending} />}
              {step === 'done' && <Notice intent="success" text={m.done(member.displayName, toName)} />}
            </div>
            {step === 'pick' && (
              <>
                <Body1 as="p" block>
                  {m.intro}
                </Body1>
                <PickLeader candidates={candidates} chosen={to} onChoose={setTo} />
              </>
            )}
            {step === 'time' && (
              <SettleTime preview={preview} start={start} note={note} onStart={setStart} onNote={setNote} />
            )}
            {step === 'confirm' && preview && start && (
              <DelegationSummary
                preview={preview}
                kind={conversation.kind}
                start={start}
                note={note.trim()}
              />
            )}
          </DialogContent>
          <DialogActions>
            {step === 'pick' && (
              <>
                <Button onClick={() => onClose(false)}>{m.cancel}</Button>
                <Button appearance="primary" disabled={!to} onClick={() => to && void checkTime(to)}>
                  {m.next}
                </Button>
              </>
            )}
            {step === 'time' && (
              <>
                <Button onClick={() => setStep('pick')}>{m.back}</Button>
                <Button appearance="primary" disabled={!preview || !start} onClick={() => setStep('confirm')}>
                  {m.next}
                </Button>
              </>
            )}
            {step === 'confirm' && (
              <>
                <Button onClick={() => setStep('time')}>{m.back}</Button>
                <Button appearance="primary" onClick={() => void send()}>
                  {m.send}
                </Button>
              </>
            )}
            {step === 'done' && (
              <Button appearance="primary" onClick={() => onClose(true)}>
                {m.close}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Notice({ intent, text }: { intent: 'success' | 'warning' | 'error'; text: string }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
