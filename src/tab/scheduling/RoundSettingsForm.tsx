// The round planner's settings: period, kind, length, per-day maximum, place, topics and who conducts.
import type { FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import { ZConversationKind } from '../../core/org';
import type { NearLeader, Room } from '../api/scheduling';
import type { Load } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { PlaceFields } from './PlaceFields';
import { RoundConductorsField } from './RoundConductorsField';
import { roundMessages } from './round-messages';
import type { RoundDraft, RoundDraftProblem } from './round-draft';
import { DateField } from '../components/DateField';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export type RoundSettingsFormProps = {
  draft: RoundDraft;
  rooms: Room[];
  problems: RoundDraftProblem[];
  busy: boolean;
  /** people left out because their conversation is already booked */
  alreadyBooked: string[];
  /** the signed-in leader, who always conducts */
  planner: { id: string; displayName: string };
  /** the leaders near the planner, who may share the round */
  nearLeaders: Load<NearLeader[]>;
  /** the people in the round as it stands */
  people: { id: string; displayName: string }[];
  /** people of the team left out because they conduct in the round */
  conducting: string[];
  onChange: (change: Partial<RoundDraft>) => void;
  onSubmit: () => void;
};

export function RoundSettingsForm({
  draft,
  rooms,
  problems,
  busy,
  alreadyBooked,
  planner,
  nearLeaders,
  people,
  conducting,
  onChange,
  onSubmit,
}: RoundSettingsFormProps) {
  const styles = useStyles();
  const m = useMessages(roundMessages);
  const { language } = useI18n();
  const error = (problem: RoundDraftProblem, text: string) =>
    problems.includes(problem)
      ? { validationState: 'error' as const, validationMessage: text }
      : { validationState: 'none' as const };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <div className={styles.row}>
        <DateField label={m.from} required value={draft.from} onChange={(from) => onChange({ from })} />
        <DateField
          label={m.to}
          required
          {...error('period', m.periodInvalid)}
          value={draft.to}
          onChange={(to) => onChange({ to })}
        />
      </div>
      <Field label={m.kind}>
        <Select value={draft.kind} onChange={(_, d) => onChange({ kind: ZConversationKind.parse(d.value) })}>
          {ZConversationKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_NAMES[kind][language]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={m.duration} hint={m.durationHint} {...error('duration', '15–240')}>
          <Input
            type="number"
            min={15}
            max={240}
            step={15}
            value={draft.durationMinutes}
            onChange={(_, d) => onChange({ durationMinutes: d.value })}
          />
        </Field>
        <Field label={m.maxPerDay} hint={m.maxPerDayHint} {...error('max-per-day', '1–12')}>
          <Input
            type="number"
            min={1}
            max={12}
            value={draft.maxPerDay}
            onChange={(_, d) => onChange({ maxPerDay: d.value })}
          />
        </Field>
      </div>
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
          onChange={(_, d) => onChange({ specialTopics: d.value })}
        />
      </Field>
      <RoundConductorsField
        planner={planner}
        nearLeaders={nearLeaders}
        people={people}
        draft={draft}
        onChange={onChange}
      />
      {alreadyBooked.length > 0 && <p className={styles.note}>{m.alreadyBooked(alreadyBooked.join(', '))}</p>}
      {conducting.length > 0 && <p className={styles.note}>{m.conducting(conducting.join(', '))}</p>}
      <div>
        {busy ? (
          <Spinner size="small" label={m.planning} />
        ) : (
          <Button appearance="primary" type="submit">
            {m.makePreview}
          </Button>
        )}
      </div>
    </form>
  );
}
