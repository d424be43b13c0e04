// A date field a Norwegian leader can type in: "3.12.2026" or "03.12.26", shown back as dd.mm.yyyy. The
// browser's own date input follows the browser's or the operating system's locale (an English Windows in a
// Norwegian municipality shows mm/dd/yyyy), so the tab reads the text itself. The value is ISO, or '' when
// the field is empty or what was typed is not a date; then the field says so.
import { useEffect, useState } from 'react';
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { formatShortDate, parseDateInput } from '../i18n/dates';
import { useMessages } from '../i18n/feature-messages';
import { dateMessages } from './date-messages';

const useStyles = makeStyles({ input: { maxWidth: '12em' } });

export type DateFieldProps = {
  label: string;
  /** ISO date ("2026-12-03") or '' */
  value: string;
  onChange: (isoDate: string) => void;
  required?: boolean;
  className?: string;
  /** the form's own message for this field (required, out of range); a typing error comes first */
  validationMessage?: string;
  validationState?: 'error' | 'warning' | 'success' | 'none';
};

export function DateField(props: DateFieldProps) {
  const { label, value, onChange, required, className } = props;
  const m = useMessages(dateMessages);
  const styles = useStyles();
  const [text, setText] = useState(() => formatShortDate(value));
  const [typo, setTypo] = useState(false);

  // a value set from outside (a reload, a suggestion) replaces the text unless the text already means it
  useEffect(() => {
    setText((current) => {
      const parsed = parseDateInput(current);
      const same = parsed.kind === 'date' ? parsed.iso === value : value === '';
      return same ? current : formatShortDate(value);
    });
  }, [value]);

  const type = (next: string) => {
    setText(next);
    const parsed = parseDateInput(next);
    if (parsed.kind !== 'invalid') setTypo(false);
    onChange(parsed.kind === 'date' ? parsed.iso : '');
  };
  // a half-typed date is not an error yet: say so when the person leaves the field
  const leave = () => {
    const parsed = parseDateInput(text);
    setTypo(parsed.kind === 'invalid');
    if (parsed.kind === 'date') setText(formatShortDate(parsed.iso));
  };

  const message = typo ? m.invalid : props.validationMessage;
  const state = typo ? 'error' : (props.validationState ?? (props.validationMessage ? 'error' : 'none'));
  return (
    <Field
      label={label}
      required={required}
      className={className}
      hint={m.hint}
      validationMessage={message}
      validationState={state}
    >
      <Input
        className={styles.input}
        value={text}
        inputMode="numeric"
        autoComplete="off"
        onChange={(_, d) => type(d.value)}
        onBlur={leave}
      />
    </Field>
  );
}
