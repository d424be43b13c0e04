// One of my actions: what, from which conversation, the deadline, "Utført" and a comment, saved as I go.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { EmployeeApi, MyAction } from '../api/employee';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { employeeMessages } from './messages';
import { useActionFollowUp } from './useActionFollowUp';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: { fontWeight: tokens.fontWeightSemibold },
  quiet: { color: tokens.colorNeutralForeground2 },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function ActionFollowUp({ api, action }: { api: EmployeeApi; action: MyAction }) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  const { language, date } = useI18n();
  const f = useActionFollowUp(api, action);
  const headingId = `action-${action.conversationId}-${action.id}`;
  return (
    <li className={styles.root} aria-labelledby={headingId}>
      <Body1 id={headingId} className={styles.what}>
        {action.what}
      </Body1>
      <Caption1 className={styles.quiet}>
        {m.deadlineOn(date(action.deadline))} · {m.who}: {action.responsibleName} ·{' '}
        {m.fromConversation(KIND_NAMES[action.conversationKind][language].toLowerCase())}
      </Caption1>
      <Checkbox label={m.done} checked={f.done} onChange={(_, data) => f.changeDone(data.checked === true)} />
      <Field label={m.comment}>
        <Textarea resize="vertical" value={f.comment} onChange={(_, d) => f.changeComment(d.value)} />
      </Field>
      <div className={styles.status}>
        <Text role="status" aria-live="polite" className={styles.quiet} data-save-state={f.saveState}>
          {{ saved: m.saved, dirty: m.saving, saving: m.saving, failed: m.saveFailed }[f.saveState]}
        </Text>
        {f.saveState === 'failed' && <Button onClick={f.retry}>{m.saveAgain}</Button>}
      </div>
    </li>
  );
}
