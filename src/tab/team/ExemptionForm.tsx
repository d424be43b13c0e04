// A new exemption: which conversation, which year, whose wish, and the reason (000: never without one).
import { Field, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { NewExemption } from '../api/team';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { exemptionMessages } from './exemption-messages';

export type ExemptionDraft = NewExemption;

export type ExemptionFormProps = {
  draft: ExemptionDraft;
  /** the years a leader may record (last year, this year, next year) */
  years: number[];
  /** the exit conversation only for someone who is leaving */
  leaving: boolean;
  reasonMissing: boolean;
  onChange: (change: Partial<ExemptionDraft>) => void;
};

export function ExemptionForm({ draft, years, leaving, reasonMissing, onChange }: ExemptionFormProps) {
  const m = useMessages(exemptionMessages);
  const { language } = useI18n();
  const kinds = leaving ? (['annual', 'exit'] as const) : (['annual'] as const);
  return (
    <>
      <Field label={m.kind}>
        <Select
          value={draft.kind}
          onChange={(_, data) => onChange({ kind: data.value as ExemptionDraft['kind'] })}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {KIND_NAMES[k][language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m.year}>
        <Select value={String(draft.year)} onChange={(_, data) => onChange({ year: Number(data.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m.by} hint={draft.by === 'employee' ? m.byEmployeeHint : m.byLeaderHint}>
        <RadioGroup
          value={draft.by}
          onChange={(_, data) => onChange({ by: data.value as ExemptionDraft['by'] })}
        >
          <Radio value="employee" label={m.byEmployee} />
          <Radio value="leader" label={m.byLeader} />
        </RadioGroup>
      </Field>
      <Field
        label={m.reason}
        required
        hint={m.reasonHint}
        validationState={reasonMissing ? 'error' : 'none'}
        validationMessage={reasonMissing ? m.reasonMissing : undefined}
      >
        <Textarea
          value={draft.reason}
          maxLength={1000}
          resize="vertical"
          onChange={(_, data) => onChange({ reason: data.value })}
        />
      </Field>
    </>
  );
}
