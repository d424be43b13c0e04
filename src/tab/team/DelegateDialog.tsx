// Handing a booked conversation to another leader (002): pick a leader (leaders only, near you in the
// directory), keep the time or pick one both are free, see exactly who is told what, then send. A retry
// after a failure finishes what was started (the server records the hand-over first). Loaded when opened.
import { useEffect, useMemo, useState } from 'react';
import { Body1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ConversationKind } from '../../core/org';
import { ApiError } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { delegationApi, type Candidate, type DelegationPreview } from '../api/delegation';
import type { TeamMember } from '../api/schemas';
import { Notice } from '../components/Notice';
import { StepDialog, type StepDialogProps } from '../components/StepDialog';
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
  const buttons: Pick<StepDialogProps, 'back' | 'next'> =
    step === 'pick'
      ? {
          back: { label: m.cancel, onClick: () => onClose(false) },
          next: { label: m.next, onClick: () => to && void checkTime(to), disabled: !to },
        }
      : step === 'time'
        ? {
            back: { label: m.back, onClick: () => setStep('pick') },
            next: { label: m.next, onClick: () => setStep('confirm'), disabled: !preview || !start },
          }
        : step === 'confirm'
          ? {
              back: { label: m.back, onClick: () => setStep('time') },
              next: { label: m.send, onClick: () => void send() },
            }
          : step === 'done'
            ? { next: { label: m.close, onClick: () => onClose(true) } }
            : {};
  return (
    <StepDialog
      open={open}
      title={m.title(member.displayName)}
      busy={step === 'sending'}
      onDismiss={() => onClose(step === 'done')}
      contentClassName={styles.content}
      status={
        <>
          {notice === 'slot-taken' && <Notice intent="warning" text={m.slotTaken} />}
          {(notice === 'failed' || notice === 'load-failed') && <Notice intent="error" text={m.failed} />}
          {step === 'sending' && <Spinner label={m.sending} />}
          {step === 'done' && <Notice intent="success" text={m.done(member.displayName, toName)} />}
        </>
      }
      {...buttons}
    >
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
        <DelegationSummary preview={preview} kind={conversation.kind} start={start} note={note.trim()} />
      )}
    </StepDialog>
  );
}
