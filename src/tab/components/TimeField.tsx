// A time field on the 24-hour clock a Norwegian leader types in: "9", "0930" or "9.30", shown back as 09:30.
// The browser's own time input follows the operating system's locale (09:30 AM on an English Windows), so
// the tab reads the text itself, as DateField does dates. The value is "HH:MM", or '' when the field is
// empty or what was typed is not a time; then the field says so.
import { makeStyles } from '@fluentui/react-components';
import { parseTimeInput } from '../i18n/times';
import { useMessages } from '../i18n/feature-messages';
import { timeMessages } from './time-messages';
import { TypedField } from './TypedField';

const useStyles = makeStyles({ input: { maxWidth: '8em' } });

function readTime(text: string): string | null {
  const parsed = parseTimeInput(text);
  return parsed.kind === 'time' ? parsed.hhmm : parsed.kind === 'empty' ? '' : null;
}

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
  const m = useMessages(timeMessages);
  const styles = useStyles();
  return (
    <TypedField
      {...props}
      read={readTime}
      show={(hhmm) => hhmm}
      hint={props.hint ?? m.hint}
      invalidMessage={m.invalid}
      inputClassName={styles.input}
    />
  );
}
