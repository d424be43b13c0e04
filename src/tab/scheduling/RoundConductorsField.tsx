// "Samtaleledere" in the round's settings (003: on large workplaces several leaders share the conversations):
// the planner always conducts; they may add leaders near them (the same ones a conversation may be handed
// to, 002), and then each person of the round has a select of who holds their conversation, split evenly to
// start with. Native checkboxes and selects, so it all works from the keyboard.
import {
  Body1,
  Checkbox,
  Field,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { NearLeader } from '../api/scheduling';
import type { Load } from '../hooks/useLoad';
import { useMessages } from '../i18n/feature-messages';
import { delegationMessages } from '../team/delegation-messages';
import { holderOf, type RoundDraft } from './round-draft';
import { roundMessages } from './round-messages';

const useStyles = makeStyles({
  group: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type Person = { id: string; displayName: string };

export type RoundConductorsFieldProps = {
  planner: Person;
  /** the leaders near the planner, as GET /api/rounds/co-conductors answers */
  nearLeaders: Load<NearLeader[]>;
  /** the people in the round */
  people: Person[];
  draft: Pick<RoundDraft, 'coConductorIds' | 'conductorOf'>;
  onChange: (change: Partial<RoundDraft>) => void;
};

export function RoundConductorsField({
  planner,
  nearLeaders,
  people,
  draft,
  onChange,
}: RoundConductorsFieldProps) {
  const styles = useStyles();
  const m = useMessages(roundMessages);
  const d = useMessages(delegationMessages);
  const leaders = nearLeaders.status === 'done' ? nearLeaders.data : [];
  const chosen = leaders.filter((l) => draft.coConductorIds.includes(l.id));
  const toggle = (id: string, on: boolean) =>
    onChange({
      coConductorIds: on
        ? [...draft.coConductorIds.filter((x) => x !== id), id]
        : draft.coConductorIds.filter((x) => x !== id),
    });
  const conductors: Person[] = [{ id: planner.id, displayName: m.you(planner.displayName) }, ...chosen];
  // only the leaders shown can hold one: before the list has loaded, every row is the planner's
  const shown = { conductorOf: draft.conductorOf, coConductorIds: chosen.map((c) => c.id) };
  const holder = (personId: string) => holderOf(shown, planner.id, personId);
  const counts = conductors
    .map((c) => `${c.displayName} ${people.filter((p) => holder(p.id) === c.id).length}`)
    .join(', ');
  const byName = [...people].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        <Subtitle2>{m.conductorsHeading}</Subtitle2>
      </legend>
      <Body1 as="p" block className={styles.note}>
        {m.conductorsIntro}
      </Body1>
      {nearLeaders.status === 'loading' && <Spinner size="tiny" label={m.conductorsLoading} />}
      {nearLeaders.status === 'failed' && (
        <Body1 as="p" block className={styles.note}>
          {m.conductorsFailed}
        </Body1>
      )}
      {nearLeaders.status === 'done' && leaders.length === 0 && (
        <Body1 as="p" block className={styles.note}>
          {m.conductorsNone}
        </Body1>
      )}
      {leaders.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>
            <Body1>{m.coConductorsLabel}</Body1>
          </legend>
          {leaders.map((l) => (
            <Checkbox
              key={l.id}
              checked={draft.coConductorIds.includes(l.id)}
              onChange={(_, data) => toggle(l.id, data.checked === true)}
              label={`${l.displayName} – ${[l.jobTitle, l.department].filter(Boolean).join(', ')} (${d.relation(l.relation)})`}
            />
          ))}
        </fieldset>
      )}
      {chosen.length > 0 && people.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>
            <Body1>{m.splitHeading}</Body1>
          </legend>
          <Body1 as="p" block className={styles.note}>
            {m.splitHint}
          </Body1>
          <Body1 as="p" block aria-live="polite">
            {m.splitCounts(counts)}
          </Body1>
          <div className={styles.rows}>
            {byName.map((p) => (
              <Field key={p.id} label={p.displayName} orientation="horizontal">
                <Select
                  value={holder(p.id)}
                  onChange={(_, data) =>
                    onChange({ conductorOf: { ...draft.conductorOf, [p.id]: data.value } })
                  }
                >
                  {conductors.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.displayName}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
        </fieldset>
      )}
    </fieldset>
  );
}
