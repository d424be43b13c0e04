// A list's options: for a new hire the mentor (fadder, 000 2-3; required for a newly qualified teacher,
// SFS 2213) and the "new leader" variant (000 4); for a leaver the last day the leader recorded. Each change
// is saved at once and re-plans the undone items; what is done stays done.
import { useState } from 'react';
import { Body1, Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Checklist, ChecklistOptionsChange, PersonChecklists } from '../api/checklists';
import { DateField } from '../components/DateField';
import { useMessages } from '../i18n/feature-messages';
import { checklistMessages } from './checklist-messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    marginBlock: tokens.spacingVerticalM,
  },
});

export type ChecklistOptionsProps = {
  list: Checklist;
  candidates: PersonChecklists['mentorCandidates'];
  saving: boolean;
  onChange: (change: ChecklistOptionsChange) => void;
};

export function ChecklistOptions({ list, candidates, saving, onChange }: ChecklistOptionsProps) {
  const styles = useStyles();
  const m = useMessages(checklistMessages);
  const [lastDay, setLastDay] = useState(list.date);
  if (list.kind === 'exit') {
    // the directory's date is HR's to change; only a date the leader recorded is the leader's to move
    if (list.dateSource !== 'leader') return null;
    return (
      <div className={styles.root} role="group" aria-label={m.options}>
        {/* typed as dd.mm.yyyy, whatever the browser's locale (DateField) */}
        <DateField label={m.lastDay} value={lastDay} onChange={setLastDay} />
        <Button
          disabled={saving || !lastDay || lastDay === list.date}
          onClick={() => onChange({ endDate: lastDay })}
        >
          {m.saveLastDay}
        </Button>
        <Body1>{m.lastDayHint}</Body1>
      </div>
    );
  }
  const names = new Map(candidates.map((c) => [c.id, c.displayName]));
  // a mentor named earlier who has since left the team still shows as chosen
  if (list.mentor && !names.has(list.mentor.id)) names.set(list.mentor.id, list.mentor.displayName);
  return (
    <div className={styles.root} role="group" aria-label={m.options}>
      <Field
        label={m.mentor}
        hint={m.mentorHint}
        validationState={list.mentorMissing ? 'warning' : 'none'}
        validationMessage={list.mentorMissing ? m.mentorMissing : undefined}
      >
        <Select
          value={list.mentor?.id ?? ''}
          disabled={saving}
          onChange={(_, data) => onChange({ mentorId: data.value || null })}
        >
          <option value="">{m.noMentor}</option>
          {[...names].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={m.newlyQualifiedTeacher}
        checked={list.newlyQualifiedTeacher}
        disabled={saving}
        onChange={(_, data) => onChange({ newlyQualifiedTeacher: data.checked === true })}
      />
      <Checkbox
        label={m.newLeader}
        checked={list.newLeader}
        disabled={saving}
        onChange={(_, data) => onChange({ newLeader: data.checked === true })}
      />
    </div>
  );
}
