// A field a person types a value into that the tab reads itself (DateField, TimeField): the browser's own
// date and time inputs follow the operating system's locale, not the municipality's. It keeps the text as
// typed and sends the value as soon as the text reads as one ('' while it does not); a half-typed text is
// not an error until the person leaves the field, and then it is shown back the way we write it.
import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';

export type TypedFieldProps = {
  label: string;
  /** the value from outside ('' for none) */
  value: string;
  onChange: (value: string) => void;
  /** what the text means: '' when it is empty, the value when it reads as one, null when it does not */
  read: (text: string) => string | null;
  /** a value the way we write it, e.g. "2026-12-03" as "03.12.2026" */
  show: (value: string) => string;
  /** how to write one, under the field */
  hint: string;
  /** said when the person leaves a text that does not read */
  invalidMessage: string;
  required?: boolean;
  className?: string;
  inputClassName?: string;
  /** the form's own message for this field (required, out of range); a typing error comes first */
  validationMessage?: string;
  validationState?: 'error' | 'warning' | 'success' | 'none';
};

export function TypedField(props: TypedFieldProps) {
  const { value, read, show, onChange } = props;
  const [text, setText] = useState(() => show(value));
  const [typo, setTypo] = useState(false);

  // a value set from outside (a reload, a suggestion) replaces the text unless the text already means it;
  // read and show are the field's own pure functions, so only a new value replaces the text
  useEffect(() => {
    setText((current) => ((read(current) ?? '') === value ? current : show(value)));
  }, [value]);

  const type = (next: string) => {
    setText(next);
    const meant = read(next);
    if (meant !== null) setTypo(false);
    onChange(meant ?? '');
  };
  const leave = () => {
    const meant = read(text);
    setTypo(meant === null);
    if (meant) setText(show(meant));
  };

  const message = typo ? props.invalidMessage : props.validationMessage;
  const state = typo ? 'error' : (props.validationState ?? (props.validationMessage ? 'error' : 'none'));
  return (
    <Field
      label={props.label}
      required={props.required}
      className={props.className}
      hint={props.hint}
      validationMessage={message}
      validationState={state}
    >
      <Input
        className={props.inputClassName}
        value={text}
        inputMode="numeric"
        autoComplete="off"
        onChange={(_, d) => type(d.value)}
        onBlur={leave}
      />
    </Field>
  );
}
