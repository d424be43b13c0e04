// 000: the employee may ask for another time. The reason and the preferred times are typed first; sending
// asks once more and says who is told what, and the meeting stays until the leader moves it.
import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { EmployeeApi, MyConversation } from '../api/employee';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { employeeMessages } from './messages';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  actions: { display: 'flex' },
  quote: { whiteSpace: 'pre-wrap', fontStyle: 'italic' },
});

export type NewTimeRequestProps = {
  api: EmployeeApi;
  conversation: MyConversation;
  leaderName: string;
  onSent: () => void;
};

export function NewTimeRequest({ api, conversation, leaderName, onSent }: NewTimeRequestProps) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  const { dateTime } = useI18n();
  const [reason, setReason] = useState('');
  const [preferred, setPreferred] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const asked = conversation.newTimeRequest;
  const send = async () => {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    try {
      await api.requestNewTime(conversation.id, reason, preferred);
      onSent();
    } catch (error) {
      // the typed text stays in the fields for another try
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {asked ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {m.newTimeAsked(dateTime(asked.requestedAt))} {m.newTimeSent}
          </MessageBarBody>
        </MessageBar>
      ) : (
        // noValidate: our own message under the field, in the person's language, instead of the browser's bubble
        <form
          noValidate
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            const blank = reason.trim() === '';
            setMissing(blank);
            if (!blank) setConfirming(true);
          }}
        >
          <Field
            label={m.newTimeReason}
            required
            validationState={missing ? 'error' : 'none'}
            validationMessage={missing ? m.newTimeMissing : undefined}
          >
            <Textarea value={reason} maxLength={1000} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Field label={m.newTimePreferred} hint={m.newTimePreferredHint}>
            <Input value={preferred} maxLength={500} onChange={(_, d) => setPreferred(d.value)} />
          </Field>
          {failure !== null && <ErrorState error={failure} onRetry={() => void send()} />}
          <div className={styles.actions}>
            <Button type="submit" disabled={busy}>
              {m.newTime}
            </Button>
          </div>
        </form>
      )}
      {/* outside the switch above: the answer swaps the form for the note while this is still closing */}
      <ConfirmDialog
        open={confirming}
        title={m.newTimeConfirmTitle}
        confirmLabel={m.send}
        cancelLabel={m.cancel}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      >
        <p>{m.newTimeConfirm(leaderName)}</p>
        <p className={styles.quote}>{reason.trim()}</p>
        {preferred.trim() && <p className={styles.quote}>{preferred.trim()}</p>}
      </ConfirmDialog>
    </>
  );
}
