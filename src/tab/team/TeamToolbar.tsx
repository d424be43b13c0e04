// Sort and filter above the team table. Native selects: keyboard and screen reader behaviour for free, and
// light on the overview's first download. The count of shown rows is announced as it changes.
import { Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { teamMessages } from './team-messages';
import { isFiltered, KINDS, SORTS, STATUSES, type TeamView } from './team-view';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  count: { color: tokens.colorNeutralForeground2, paddingBlockEnd: tokens.spacingVerticalXS },
});

export type TeamToolbarProps = {
  view: TeamView;
  onChange: (view: TeamView) => void;
  shown: number;
  total: number;
};

export function TeamToolbar({ view, onChange, shown, total }: TeamToolbarProps) {
  const styles = useStyles();
  const m = useMessages(teamMessages);
  const { t, language } = useI18n();
  const sortLabel = { urgency: m.sortUrgency, name: m.sortName, due: m.sortDue, start: m.sortStart };
  const statusLabel = (s: (typeof STATUSES)[number]) =>
    s === 'booked' ? m.statusBooked : s === 'nothing' ? m.statusNothing : t.dueStatus(s);
  return (
    <div className={styles.bar} role="group" aria-label={m.toolbarLabel}>
      <Field label={m.sort}>
        <Select
          value={view.sort}
          onChange={(_, data) => onChange({ ...view, sort: data.value as TeamView['sort'] })}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {sortLabel[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m.status}>
        <Select
          value={view.status ?? ''}
          onChange={(_, data) => onChange({ ...view, status: (data.value || null) as TeamView['status'] })}
        >
          <option value="">{m.all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m.kind}>
        <Select
          value={view.kind ?? ''}
          onChange={(_, data) => onChange({ ...view, kind: (data.value || null) as TeamView['kind'] })}
        >
          <option value="">{m.all}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_NAMES[k][language]}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={m.openChecklist}
        checked={view.openChecklist}
        onChange={(_, data) => onChange({ ...view, openChecklist: data.checked === true })}
      />
      {isFiltered(view) && (
        <Button onClick={() => onChange({ ...view, status: null, kind: null, openChecklist: false })}>
          {m.clear}
        </Button>
      )}
      <span className={styles.count} role="status" aria-live="polite">
        {m.showing(shown, total)}
      </span>
    </div>
  );
}
