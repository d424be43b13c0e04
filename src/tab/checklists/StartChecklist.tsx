// Starting a list by hand: a new hire's before it appears by itself (000 1: the introduction may begin when
// the contract is signed), or a leaver's when the directory has no last day yet (the leader records it).
import { useState } from 'react';
import { Body1, Button, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { osloDateOf } from '../../core/calendar/oslo';
import type { PersonChecklists, StartChecklist as StartBody } from '../api/checklists';
import { DateField } from '../components/DateField';
import { Surface } from '../components/Surface';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { checklistMessages } from './checklist-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

export type StartChecklistProps = {
  startable: PersonChecklists['startable'][number];
  saving: boolean;
  onStart: (body: StartBody) => void;
};

export function StartChecklist({ startable, saving, onStart }: StartChecklistProps) {
  const styles = useStyles();
  const m = useMessages(checklistMessages);
  const { date } = useI18n();
  const [endDate, setEndDate] = useState('');
  const [missing, setMissing] = useState(false);
  if (startable.kind === 'onboarding') {
    return (
      <Surface>
        <div className={styles.root}>
          <Subtitle1 as="h2" block>
            {m.onboardingTitle}
          </Subtitle1>
          {startable.date && (
            <Body1>
              {/* past the first day the list no longer comes by itself (000 3: it opens two weeks before) */}
              {startable.date <= osloDateOf(new Date().toISOString())
                ? m.startOnboardingLateHint(date(startable.date))
                : m.startOnboardingHint(date(startable.date))}
            </Body1>
          )}
          <Button disabled={saving} onClick={() => onStart({ kind: 'onboarding' })}>
            {m.startOnboarding}
          </Button>
        </div>
      </Surface>
    );
  }
  const start = () => {
    if (startable.date) return onStart({ kind: 'exit' });
    if (!endDate) return setMissing(true);
    onStart({ kind: 'exit', endDate });
  };
  return (
    <Surface>
      <div className={styles.root}>
        {/* a heading of its own, so the offer under a new hire's list is not read as part of that list */}
        <Subtitle1 as="h2" block>
          {m.exitTitle}
        </Subtitle1>
        {startable.date ? (
          <Body1>{m.startExitHint(date(startable.date))}</Body1>
        ) : (
          <DateField
            label={m.startExitNoDate}
            required
            value={endDate}
            onChange={(iso) => {
              setEndDate(iso);
              setMissing(false);
            }}
            validationMessage={missing ? m.dateMissing : undefined}
          />
        )}
        <Button disabled={saving} onClick={start}>
          {m.startExit}
        </Button>
      </div>
    </Surface>
  );
}
