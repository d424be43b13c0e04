// One field of the policy form: its label, its source as help text, and the server's complaint at the field.
import { Field, Input, Select, Switch } from '@fluentui/react-components';
import { readableSource } from '../../core/seed-sources';
import { TimeField } from '../components/TimeField';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import type { PolicyField as Definition } from './policy-fields';
import { policyMessages } from './policy-messages';
import { optionLabel } from './policy-value-text';

export type PolicyFieldProps = {
  field: Definition;
  value: string;
  error: boolean;
  onChange: (value: string) => void;
};

export function PolicyField({ field, value, error, onChange }: PolicyFieldProps) {
  const m = useMessages(policyMessages);
  const { language } = useI18n();
  const label = m[field.id];
  // the texts cite the routines by our numbers (002, 000 2.3); HR reads whose routine it is
  const help = readableSource(m[`${field.id}Help`], language);
  const common = { label, hint: help, validationMessage: error ? m.fieldInvalid : undefined };
  if (field.kind === 'switch') {
    return (
      <Field {...common} validationState={error ? 'error' : 'none'}>
        <Switch checked={value === 'true'} onChange={(_, data) => onChange(String(data.checked))} />
      </Field>
    );
  }
  if (field.kind === 'select') {
    return (
      <Field {...common} validationState={error ? 'error' : 'none'}>
        <Select value={value} onChange={(_, data) => onChange(data.value)}>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {optionLabel(m, option)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (field.kind === 'time') {
    return (
      <TimeField
        label={label}
        hint={help}
        value={value}
        onChange={onChange}
        validationMessage={common.validationMessage}
      />
    );
  }
  return (
    <Field {...common} validationState={error ? 'error' : 'none'}>
      <Input type="number" value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
