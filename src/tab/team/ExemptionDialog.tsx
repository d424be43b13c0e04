// Recording or withdrawing an exemption from a team row: the person's exemptions, a form, a confirmation
// that says exactly what is recorded and who learns of it, then saved. Loaded when first opened.
import { useCallback, useState } from 'react';
import { Body1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import { ApiError } from '../api/api-error';
import type { TeamMember } from '../api/schemas';
import type { Exemption, TeamApi } from '../api/team';
import { ErrorState } from '../components/ErrorState';
import { Notice } from '../components/Notice';
import { StepDialog, type StepDialogProps } from '../components/StepDialog';
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
  const buttons: Pick<StepDialogProps, 'back' | 'next'> =
    step.name === 'form'
      ? {
          back: { label: changed ? m.close : m.cancel, onClick: () => onClose(changed) },
          next: { label: m.next, onClick: toConfirm },
        }
      : step.name === 'confirm'
        ? {
            back: { label: m.back, onClick: () => setStep({ name: 'form', reasonMissing: false }) },
            next: { label: m.save, onClick: () => void save() },
          }
        : step.name === 'done'
          ? { next: { label: m.close, onClick: () => onClose(true) } }
          : {};
  return (
    <StepDialog
      open={open}
      title={m.title(member.displayName)}
      busy={step.name === 'saving'}
      onDismiss={() => onClose(changed)}
      contentClassName={styles.content}
      status={
        <>
          {step.name === 'form' && step.notice === 'duplicate' && (
            <Notice intent="warning" text={m.duplicate} />
          )}
          {step.name === 'form' && step.notice === 'withdrawn' && (
            <Notice intent="success" text={m.withdrawn} />
          )}
          {((step.name === 'confirm' && step.failed) ||
            (step.name === 'form' && step.notice === 'failed')) && <Notice intent="error" text={m.failed} />}
          {step.name === 'saving' && <Spinner label={m.saving} />}
          {step.name === 'done' && <Notice intent="success" text={m.saved(member.displayName, step.year)} />}
        </>
      }
      {...buttons}
    >
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
    </StepDialog>
  );
}
