// The referat as both sign it, read-only: each section's agreed text (and the leader's feedback where the
// template has it), the checks, and the action plan. Titles come from the template version the referat is on.
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { EmployeeReferat } from '../../core/referat/referat';
import type { Template } from '../../core/templates/template';
import { ActionTable } from '../components/ActionTable';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { employeeMessages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { whiteSpace: 'pre-wrap' },
  quiet: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ReferatContent({ referat, template }: { referat: EmployeeReferat; template: Template }) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  const { language, date } = useI18n();
  const sectionTitle = (id: string) => template.sections.find((s) => s.id === id)?.title[language] ?? id;
  const questionText = (id: string) =>
    template.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text[language] ?? id;
  const checkText = (answer: string | null) =>
    answer === 'yes' ? m.checkYes : answer === 'no' ? m.checkNo : answer ? m.checkNotRelevant : m.checkOpen;
  const text = (value: string) =>
    value.trim() ? (
      <Body1 className={styles.text}>{value}</Body1>
    ) : (
      <Body1 className={styles.quiet}>{m.emptyText}</Body1>
    );

  return (
    <div className={styles.root}>
      {referat.heldOn && <Body1>{m.heldOn(date(referat.heldOn))}</Body1>}
      {referat.sections.map((section) => (
        <section key={section.sectionId} className={styles.block}>
          <Subtitle2 as="h3" block>
            {sectionTitle(section.sectionId)}
          </Subtitle2>
          {text(section.agreedText)}
          {section.leaderFeedback !== null && (
            <>
              <Body1 as="p" block className={styles.quiet}>
                {m.leaderFeedback}
              </Body1>
              {text(section.leaderFeedback)}
            </>
          )}
        </section>
      ))}
      {referat.checks.length > 0 && (
        <section className={styles.block}>
          <Subtitle2 as="h3" block>
            {m.checksTitle}
          </Subtitle2>
          <ul className={styles.list}>
            {referat.checks.map((check) => (
              <li key={check.questionId}>
                <Body1>
                  {questionText(check.questionId)} <strong>{checkText(check.answer)}</strong>
                </Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className={styles.block}>
        <Subtitle2 as="h3" block>
          {m.actionsTitle}
        </Subtitle2>
        {referat.noSpecialActions ? (
          <Body1>{m.noSpecialActions}</Body1>
        ) : (
          <ActionTable actions={referat.actions} label={m.actionsTitle} />
        )}
      </section>
    </div>
  );
}
