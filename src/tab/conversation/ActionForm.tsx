// One action of the plan (002, 004): what, who is responsible (the employee, me, or someone named), by when,
// and whether it is a need many share (003). Checked here first, so an error sits on its own field.
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActionItem, Referat } from '../../core/referat/referat';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';
import { DateField } from '../components/DateField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Who = 'employee' | 'me' | 'other';

export type ActionFormProps = {
  referat: Referat;
  names: { employee: string; me: string };
  /** the action being edited; undefined for a new one */
  action?: ActionItem;
  onSave: (action: ActionItem) => void;
  onCancel?: () => void;
};

export function ActionForm({ referat, names, action, onSave, onCancel }: ActionFormProps) {
  const styles = useStyles();
  const m = useMessages(workspaceMessages);
  const [what, setWhat] = useState(action?.what ?? '');
  const [who, setWho] = useState<Who>(whoOf(referat, action));
  const [otherName, setOtherName] = useState(action && !action.responsibleId ? action.responsibleName : '');
  const [deadline, setDeadline] = useState(action?.deadline ?? '');
  const [sharedNeed, setSharedNeed] = useState(action?.sharedNeed ?? false);
  const [tried, setTried] = useState(false);
  const errors = {
    what: what.trim() === '' ? m.whatMissing : undefined,
    other: who === 'other' && otherName.trim() === '' ? m.otherMissing : undefined,
    deadline: /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? undefined : m.deadlineMissing,
  };
  const shown = (error: string | undefined) =>
    tried && error ? { validationState: 'error' as const, validationMessage: error } : {};

  const save = () => {
    setTried(true);
    if (errors.what || errors.other || errors.deadline) return;
    const responsible =
      who === 'employee'
        ? { responsibleId: referat.employeeId, responsibleName: names.employee }
        : who === 'me'
          ? { responsibleId: referat.conductorId, responsibleName: names.me }
          : { responsibleId: null, responsibleName: otherName.trim() };
    onSave({
      id: action?.id ?? crypto.randomUUID(),
      what: what.trim(),
      deadline,
      sharedNeed,
      ...responsible,
    });
    if (!action) {
      setWhat('');
      setDeadline('');
      setSharedNeed(false);
      setTried(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={m.what} required {...shown(errors.what)}>
        <Textarea rows={2} value={what} onChange={(_, d) => setWhat(d.value)} />
      </Field>
      <Field label={m.responsible}>
        <RadioGroup layout="horizontal" value={who} onChange={(_, d) => setWho(d.value as Who)}>
          <Radio value="employee" label={names.employee} />
          <Radio value="me" label={m.me(names.me)} />
          <Radio value="other" label={m.responsibleOther} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {who === 'other' && (
          <Field label={m.otherName} required {...shown(errors.other)}>
            <Input value={otherName} onChange={(_, d) => setOtherName(d.value)} />
          </Field>
        )}
        <DateField
          label={m.deadline}
          required
          {...shown(errors.deadline)}
          value={deadline}
          onChange={setDeadline}
        />
      </div>
      <Checkbox
        checked={sharedNeed}
        label={m.shared}
        onChange={(_, d) => setSharedNeed(d.checked === true)}
      />
      <div className={styles.buttons}>
        <Button appearance={action ? 'primary' : 'secondary'} onClick={save}>
          {action ? m.saveAction : m.addAction}
        </Button>
        {onCancel && <Button onClick={onCancel}>{m.cancel}</Button>}
      </div>
    </div>
  );
}

function whoOf(referat: Referat, action: ActionItem | undefined): Who {
  if (!action || action.responsibleId === referat.employeeId) return 'employee';
  return action.responsibleId === referat.conductorId ? 'me' : 'other';
}
