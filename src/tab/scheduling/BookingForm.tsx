// The booking dialog's first step: kind, time, place and special topics.
import { Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import { ZConversationKind } from '../../core/org';
import type { Room, Slot } from '../api/scheduling';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { durationOf, type BookingDraft, type DraftProblem } from './booking-draft';
import { PlaceFields } from './PlaceFields';
import { scheduleMessages } from './schedule-messages';
import { SlotPicker } from './SlotPicker';
import { otherTime } from './slot-times';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export type BookingFormProps = {
  draft: BookingDraft;
  slots: Slot[] | null;
  rooms: Room[];
  problems: DraftProblem[];
  onChange: (change: Partial<BookingDraft>) => void;
};

export function BookingForm({ draft, slots, rooms, problems, onChange }: BookingFormProps) {
  const styles = useStyles();
  const m = useMessages(scheduleMessages);
  const { language } = useI18n();
  const typed = otherTime(draft.otherDate, draft.otherTime, durationOf(slots ?? []), new Date());
  return (
    <div className={styles.root}>
      <Field label={m.kind}>
        <Select
          value={draft.kind}
          onChange={(_, data) => onChange({ kind: ZConversationKind.parse(data.value), choice: 0 })}
        >
          {ZConversationKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_NAMES[kind][language]}
            </option>
          ))}
        </Select>
      </Field>
      <SlotPicker
        slots={slots}
        draft={draft}
        problems={problems}
        outsideHours={typed.ok && typed.outsideWorkingHours}
        onChange={onChange}
      />
      <PlaceFields
        value={draft}
        rooms={rooms}
        missing={problems.includes('place-missing')}
        onChange={onChange}
      />
      <Field label={m.topics} hint={m.topicsHint}>
        <Textarea
          value={draft.specialTopics}
          maxLength={2000}
          resize="vertical"
          onChange={(_, data) => onChange({ specialTopics: data.value })}
        />
      </Field>
    </div>
  );
}
