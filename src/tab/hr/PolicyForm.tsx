// The policy form: every choice with its source, saved as a new version after a confirmation. The server
// decides what is valid; a field it refuses is marked where it is, and the rest of the form stays as typed.
import { useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PolicySaveError, type HrApi, type PolicySettings } from '../api/hr';
import type { PolicyFile } from '../../core/policy/schema';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { ConfirmSaveDialog } from './ConfirmSaveDialog';
import { PolicyField } from './PolicyField';
import { PolicyVersions } from './PolicyVersions';
import {
  POLICY_GROUPS,
  fieldOfPath,
  formValues,
  policyChanges,
  policyFileFrom,
  type FieldId,
  type FormValues,
} from './policy-fields';
import { policyMessages } from './policy-messages';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalM,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

type Outcome =
  { kind: 'saved'; version: number } | { kind: 'invalid' } | { kind: 'conflict' } | { kind: 'failed' };

const GROUP_TITLE = {
  annual: 'groupAnnual',
  probation: 'groupProbation',
  booking: 'groupBooking',
  privacy: 'groupPrivacy',
} as const;

export type PolicyFormProps = { hr: HrApi; settings: PolicySettings; onReload: () => void };

export function PolicyForm({ hr, settings: loaded, onReload }: PolicyFormProps) {
  const m = useMessages(policyMessages);
  const { dateTime } = useI18n();
  const styles = useStyles();
  const [settings, setSettings] = useState(loaded);
  const [values, setValues] = useState<FormValues>(() => formValues(loaded.municipality));
  const [fieldError, setFieldError] = useState<FieldId | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = async () => {
    setConfirming(false);
    setSaving(true);
    setOutcome(null);
    try {
      const units = settings.file.units as PolicyFile['units'];
      const saved = await hr.savePolicy(
        policyFileFrom(settings.municipality, values, units),
        settings.version,
      );
      setSettings(saved);
      setValues(formValues(saved.municipality));
      setFieldError(null);
      setOutcome({ kind: 'saved', version: saved.version });
    } catch (error) {
      const field = error instanceof PolicySaveError ? fieldOfPath(error.field) : null;
      setFieldError(field);
      const conflict = error instanceof PolicySaveError && error.status === 409;
      setOutcome({ kind: conflict ? 'conflict' : field ? 'invalid' : 'failed' });
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };

  return (
    <div className={styles.form}>
      <form className={styles.form} onSubmit={submit} noValidate>
        <Body1>{m.intro}</Body1>
        <Body1 className={styles.meta}>
          {settings.version > 0
            ? m.version(
                settings.version,
                settings.savedByName ?? '–',
                settings.savedAt ? dateTime(settings.savedAt) : '',
              )
            : m.defaults}
        </Body1>
        {settings.problem && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{m.storedInvalid(settings.problem)}</MessageBarBody>
          </MessageBar>
        )}
        {POLICY_GROUPS.map((group) => (
          <fieldset key={group.id} className={styles.group}>
            <legend className={styles.legend}>{m[GROUP_TITLE[group.id]]}</legend>
            {group.fields.map((field) => (
              <PolicyField
                key={field.id}
                field={field}
                value={values[field.id]}
                error={fieldError === field.id}
                onChange={(value) => setValues((v) => ({ ...v, [field.id]: value }))}
              />
            ))}
          </fieldset>
        ))}
        <div role="status">
          {outcome && (
            <MessageBar intent={outcome.kind === 'saved' ? 'success' : 'error'} layout="multiline">
              <MessageBarBody>
                {outcome.kind === 'saved'
                  ? m.saved(outcome.version)
                  : outcome.kind === 'conflict'
                    ? m.conflict
                    : m.saveFailed}
              </MessageBarBody>
              {outcome.kind === 'conflict' && (
                <MessageBarActions>
                  <Button onClick={onReload}>{m.reload}</Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? m.saving : m.save}
          </Button>
        </div>
        <ConfirmSaveDialog
          open={confirming}
          changes={policyChanges(formValues(settings.municipality), values)}
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
        />
      </form>
      <PolicyVersions hr={hr} current={settings.version} />
    </div>
  );
}
