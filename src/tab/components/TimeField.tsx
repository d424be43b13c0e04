// A time field on the 24-hour clock a Norwegian leader types in: "9", "0930" or "9.30", shown back as 09:30.
// The browser's own time input follows the operating system's locale (09:30 AM on an English Windows), so
// the tab reads the text itself, as DateField does dates. The value is "HH:MM", or '' when the field is
// empty or what was typed is not a time; then the field says so.
import { useEffect, useState } from 'react';
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { parseTimeInput } from '../i18n/times';
import { useMessages } from '../i18n/feature-messages';
import { timeMessages } from './time-messages';

const useStyles = makeStyles({ input: { maxWidth: '8em' } });

export type TimeFieldProps = {
  label: string;
  /** "HH:MM" or '' */
  value: string;
  onChange: (hhmm: string) => void;
  required?: boolean;
  /** the form's own help (a rule's source), shown instead of how to write a time */
  hint?: string;
  /** the form's own message for this field; a typing error comes first */
  validationMessage?: string;
  validationState?: 'error' | 'warning' | 'success' | 'none';
};

export function TimeField(props: TimeFieldProps) {
  const { label, value, onChange, required } = props;
  const m = useMessages(timeMessages);
  const styles = useStyles();
  const [text, setText] = useState(value);
  const [typo, setTypo] = useState(false);

  // a value set from outside (a reload, a reset) replaces the text unless the text already means it
  useEffect(() => {
    setText((current) => {
      const parsed = parseTimeInput(current);
      const same = parsed.kind === 'time' ? parsed.hhmm === value : value === '';
      return same ? current : value;
    });
  }, [value]);

  const type = (next: string) => {
    setText(next);
    const parsed = parseTimeInput(next);
    if (parsed.kind !== 'invalid') setTypo(false);
    onChange(parsed.kind === 'time' ? parsed.hhmm : '');
  };
  // a half-typed time is not an error yet: say so when the person leaves the field
  const leave = () => {
    const parsed = parseTimeInput(text);
    setTypo(parsed.kind === 'invalid');
    if (parsed.kind === 'time') setText(parsed.hhmm);
  };

  const message = typo ? m.invalid : props.validationMessage;
  const state = typo ? 'error' : (props.validationState ?? (props.validationMessage ? 'error' : 'none'));
  return (
    <Field
      label={label}
      required={required}
      hint={props.hint ?? m.hint}
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
