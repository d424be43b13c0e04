// Recording or withdrawing an exemption from a team row: the person's exemptions, a form, a confirmation
// that says exactly what is recorded and who learns of it, then saved. Loaded when first opened.
import { useCallback, useState } from 'react';
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
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import { ApiError } from '../api/api-error';
import type { TeamMember } from '../api/schemas';
import type { Exemption, TeamApi } from '../api/team';
import { ErrorState } from '../components/ErrorState';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { exemptionMessages } from './exemption-messages';
import { ExemptionForm, type ExemptionDraft } from './ExemptionForm';
import { ExemptionList } from './ExemptionList';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Step =
  | { name: 'form'; reasonMissing: boolean; notice?: 'duplicate' | 'withdrawn' | 'failed' }
  | { name: 'confirm'; failed?: boolean }
  | { name: 'saving' }
  | { name: 'done'; year: number };

export type ExemptionDialogProps = {
  team: TeamApi;
  member: TeamMember;
  open: boolean;
  /** changed is true when something was recorded or withdrawn, so the overview reloads */
  onClose: (changed: boolean) => void;
};

const osloYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(new Date()));

export function ExemptionDialog({ team, member, open, onClose }: ExemptionDialogProps) {
  const styles = useStyles();
  const m = useMessages(exemptionMessages);
  const { language } = useI18n();
  const thisYear = osloYear();
  const years = [thisYear - 1, thisYear, thisYear + 1];
  // the year the conversation is due, when it is an annual one: what a leader is most likely recording
  const dueYear = member.nextDue?.kind === 'annual' ? Number(member.nextDue.dueDate.slice(0, 4)) : thisYear;
  const [draft, setDraft] = useState<ExemptionDraft>({
    kind: 'annual',
    year: years.includes(dueYear) ? dueYear : thisYear,
    by: 'employee',
    reason: '',
  });
  const [step, setStep] = useState<Step>({ name: 'form', reasonMissing: false });
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const { state, retry } = useLoad(useCallback(() => team.exemptions(member.id), [team, member.id]));

  const toConfirm = () => {
    if (draft.reason.trim().length < 3) setStep({ name: 'form', reasonMissing: true });
    else setStep({ name: 'confirm' });
  };
  const save = async () => {
    setStep({ name: 'saving' });
    try {
      await team.recordExemption(member.id, { ...draft, reason: draft.reason.trim() });
      setChanged(true);
      setStep({ name: 'done', year: draft.year });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict')
        setStep({ name: 'form', reasonMissing: false, notice: 'duplicate' });
      else setStep({ name: 'confirm', failed: true });
    }
  };
  const withdraw = async (exemption: Exemption) => {
    setBusy(true);
    try {
      await team.withdrawExemption(member.id, exemption.id);
      setChanged(true);
      setStep({ name: 'form', reasonMissing: false, notice: 'withdrawn' });
      retry();
    } catch {
      setStep({ name: 'form', reasonMissing: false, notice: 'failed' });
    } finally {
      setBusy(false);
    }
  };
  const kindName = KIND_NAMES[draft.kind][language];
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && step.name !== 'saving' && onClose(changed)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.title(member.displayName)}</DialogTitle>
          <DialogContent className={styles.content}>
            <div role="status" aria-live="polite">
              {step.name === 'form' && step.notice === 'duplicate' && (
                <Notice intent="warning" text={m.duplicate} />
              )}
              {step.name === 'form' && step.notice === 'withdrawn' && (
                <Notice intent="success" text={m.withdrawn} />
              )}
              {((step.name === 'confirm' && step.failed) ||
                (step.name === 'form' && step.notice === 'failed')) && (
                <Notice intent="error" text={m.failed} />
              )}
              {step.name === 'saving' && <Spinner label={m.saving} />}
              {step.name === 'done' && (
                <Notice intent="success" text={m.saved(member.displayName, step.year)} />
              )}
            </div>
            {step.name === 'form' && (
              <>
                <Subtitle2 block as="h3">
                  {m.current}
                </Subtitle2>
                {state.status === 'loading' && <Spinner size="tiny" label={m.loading} />}
                {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
                {state.status === 'done' && (
                  <ExemptionList exemptions={state.data} busy={busy} onWithdraw={(e) => void withdraw(e)} />
                )}
                <Subtitle2 block as="h3">
                  {m.newHeading}
                </Subtitle2>
                <ExemptionForm
                  draft={draft}
                  years={years}
                  leaving={member.endDate !== null}
                  reasonMissing={step.reasonMissing}
                  onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
                />
              </>
            )}
            {step.name === 'confirm' && (
              <>
                <Subtitle2 block as="h3">
                  {m.confirmTitle}
                </Subtitle2>
                <Body1 as="p" block data-testid="exemption-confirmation">
                  {m.confirmation(
                    member.displayName,
                    kindName,
                    draft.year,
                    draft.by === 'employee',
                    draft.reason.trim(),
                  )}
                </Body1>
              </>
            )}
          </DialogContent>
          <DialogActions>
            {step.name === 'form' && (
              <>
                <Button onClick={() => onClose(changed)}>{changed ? m.close : m.cancel}</Button>
                <Button appearance="primary" onClick={toConfirm}>
                  {m.next}
                </Button>
              </>
            )}
            {step.name === 'confirm' && (
              <>
                <Button onClick={() => setStep({ name: 'form', reasonMissing: false })}>{m.back}</Button>
                <Button appearance="primary" onClick={() => void save()}>
                  {m.save}
                </Button>
              </>
            )}
            {step.name === 'done' && (
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
