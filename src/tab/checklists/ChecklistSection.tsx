// One checklist on the page: what it counts from, how far it has come, its options and its items by phase.
import {
  Badge,
  Body1,
  Field,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Checklist, ChecklistOptionsChange, PersonChecklists } from '../api/checklists';
import { Surface } from '../components/Surface';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { groupByPhase } from './checklist-groups';
import { checklistMessages } from './checklist-messages';
import { ChecklistItemRow } from './ChecklistItemRow';
import { ChecklistOptions } from './ChecklistOptions';

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
  progress: { maxWidth: '480px', marginBlock: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0 },
  phase: { marginBlockStart: tokens.spacingVerticalM },
});

export type ChecklistSectionProps = {
  list: Checklist;
  candidates: PersonChecklists['mentorCandidates'];
  pending: string | null;
  onTick: (itemId: string, done: boolean) => void;
  onOptions: (change: ChecklistOptionsChange) => void;
};

export function ChecklistSection({ list, candidates, pending, onTick, onOptions }: ChecklistSectionProps) {
  const styles = useStyles();
  const m = useMessages(checklistMessages);
  const { date } = useI18n();
  const { done, total, overdue, nextDeadline } = list.progress;
  const headingId = `checklist-${list.kind}`;
  return (
    <Surface>
      <section aria-labelledby={headingId} data-testid={`checklist-${list.kind}`}>
        <Subtitle1 block as="h2" id={headingId}>
          {list.kind === 'onboarding' ? m.onboardingTitle : m.exitTitle}
        </Subtitle1>
        <div className={styles.summary}>
          <Body1>
            {list.kind === 'onboarding' ? m.onboardingFrom(date(list.date)) : m.exitUntil(date(list.date))} (
            {list.dateSource === 'leader' ? m.fromLeader : m.fromDirectory})
          </Body1>
          {nextDeadline && <Body1>{m.nextDeadline(date(nextDeadline))}</Body1>}
        </div>
        <Field
          className={styles.progress}
          validationState="none"
          validationMessage={done === total ? m.allDone : m.progress(done, total)}
        >
          <ProgressBar value={total > 0 ? done / total : 1} aria-label={m.progress(done, total)} />
        </Field>
        {overdue > 0 && (
          <Badge appearance="filled" color="danger">
            {m.overdue(overdue)}
          </Badge>
        )}
        <ChecklistOptions
          // a new version (saved here or elsewhere) starts the form from what is stored
          key={list.etag}
          list={list}
          candidates={candidates}
          saving={pending === list.kind}
          onChange={onOptions}
        />
        {groupByPhase(list.items).map((group) => (
          <div key={group.phase} className={styles.phase}>
            <Subtitle2 block as="h3">
              {m.phase(group.phase)}
            </Subtitle2>
            <ul className={styles.list}>
              {group.items.map((item) => (
                <ChecklistItemRow
                  key={item.id}
                  item={item}
                  saving={pending === item.id}
                  onTick={(checked) => onTick(item.id, checked)}
                />
              ))}
            </ul>
          </div>
        ))}
      </section>
    </Surface>
  );
}
