// A date field a Norwegian leader can type in: "3.12.2026" or "03.12.26", shown back as dd.mm.yyyy. The
// browser's own date input follows the browser's or the operating system's locale (an English Windows in a
// Norwegian municipality shows mm/dd/yyyy), so the tab reads the text itself. The value is ISO, or '' when
// the field is empty or what was typed is not a date; then the field says so.
import { makeStyles } from '@fluentui/react-components';
import { formatShortDate, parseDateInput } from '../i18n/dates';
import { useMessages } from '../i18n/feature-messages';
import { dateMessages } from './date-messages';
import { TypedField } from './TypedField';

const useStyles = makeStyles({ input: { maxWidth: '12em' } });

function readDate(text: string): string | null {
  const parsed = parseDateInput(text);
  return parsed.kind === 'date' ? parsed.iso : parsed.kind === 'empty' ? '' : null;
}

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
  const m = useMessages(dateMessages);
  const styles = useStyles();
  return (
    <TypedField
      {...props}
      read={readDate}
      show={formatShortDate}
      hint={m.hint}
      invalidMessage={m.invalid}
      inputClassName={styles.input}
    />
  );
}
