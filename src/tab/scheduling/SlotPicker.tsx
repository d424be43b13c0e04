// The time of the conversation: the three suggestions as radio cards, or a time the leader types.
import { Field, Radio, RadioGroup, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Slot } from '../api/scheduling';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import type { BookingDraft, DraftProblem } from './booking-draft';
import { scheduleMessages } from './schedule-messages';
import { osloClock } from './slot-times';
import { DateField } from '../components/DateField';
import { TimeField } from '../components/TimeField';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    paddingRight: tokens.spacingHorizontalM,
  },
  other: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
});

export type SlotPickerProps = {
  slots: Slot[] | null;
  draft: BookingDraft;
  problems: DraftProblem[];
  outsideHours: boolean;
  onChange: (change: Partial<BookingDraft>) => void;
};

export function SlotPicker({ slots, draft, problems, outsideHours, onChange }: SlotPickerProps) {
  const styles = useStyles();
  const m = useMessages(scheduleMessages);
  const { date } = useI18n();
  const timeProblem = problems.includes('time-past')
    ? m.timePast
    : problems.includes('time-missing')
      ? m.timeMissing
      : undefined;
  return (
    <>
      {slots === null && <Spinner size="tiny" label={m.suggestionsLoading} />}
      {slots?.length === 0 && <p role="status">{m.noSuggestions}</p>}
      <Field label={m.whenLegend}>
        <RadioGroup
          className={styles.group}
          value={String(draft.choice)}
          onChange={(_, data) => onChange({ choice: data.value === 'other' ? 'other' : Number(data.value) })}
        >
          {(slots ?? []).map((slot, i) => (
            <Radio
              key={slot.start}
              className={styles.card}
              value={String(i)}
              label={m.when(date(slot.date), osloClock(slot.start), osloClock(slot.end))}
            />
          ))}
          <Radio className={styles.card} value="other" label={m.otherTime} />
        </RadioGroup>
      </Field>
      {draft.choice === 'other' && (
        <div className={styles.other}>
          <DateField
            label={m.date}
            required
            validationMessage={timeProblem}
            validationState={timeProblem ? 'error' : 'none'}
            value={draft.otherDate}
            onChange={(otherDate) => onChange({ otherDate })}
          />
          <TimeField
            label={m.time}
            required
            validationState={outsideHours ? 'warning' : 'none'}
            validationMessage={outsideHours ? m.outsideHours : undefined}
            value={draft.otherTime}
            onChange={(otherTime) => onChange({ otherTime })}
          />
        </div>
      )}
    </>
  );
}
