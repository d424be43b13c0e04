// One item of a checklist: a real checkbox (Space ticks it, Tab moves on) named by the item's text, with
// who is responsible, the deadline (overdue as a word and a colour) and who ticked it, read out with it.
import { Badge, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { ChecklistItem } from '../api/checklists';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { checklistMessages } from './checklist-messages';

const useStyles = makeStyles({
  item: { listStyleType: 'none', paddingBlock: tokens.spacingVerticalXS },
  // Fluent greys an unticked box's label; here the item is what the leader reads, the meta line below is less
  label: { color: tokens.colorNeutralForeground1 },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    // under the label, past the box
    paddingInlineStart: '32px',
    color: tokens.colorNeutralForeground2,
  },
});

export type ChecklistItemRowProps = {
  item: ChecklistItem;
  saving: boolean;
  onTick: (done: boolean) => void;
};

export function ChecklistItemRow({ item, saving, onTick }: ChecklistItemRowProps) {
  const styles = useStyles();
  const m = useMessages(checklistMessages);
  const { language, date, dateTime } = useI18n();
  const metaId = `checklist-item-${item.id}`;
  const role = item.involves
    ? `${m.role(item.responsible)} + ${m.role(item.involves)}`
    : m.role(item.responsible);
  return (
    <li className={styles.item}>
      <Checkbox
        label={{ children: item.text[language], className: saving ? undefined : styles.label }}
        checked={item.done !== null}
        disabled={saving}
        aria-describedby={metaId}
        onChange={(_, data) => onTick(data.checked === true)}
      />
      <div id={metaId} className={styles.meta}>
        <span>{m.responsible(role)}</span>
        <span>{m.deadline(date(item.deadline))}</span>
        {item.overdue && (
          <Badge appearance="tint" color="danger">
            {m.overdueBadge}
          </Badge>
        )}
        {item.done && <span>{m.doneBy(item.done.byName || '–', dateTime(item.done.at))}</span>}
        {saving && <span>{m.saving}</span>}
      </div>
    </li>
  );
}
