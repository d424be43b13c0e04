// The other side's submitted answers when the visibility rule allows, else why they are not shown. Their
// questions are not in this side's view of the template, so the texts come from the shipped template of the
// same id and version, in the reader's language.
import { Body1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../core/org';
import { listTemplates } from '../../core/templates/registry';
import type { PreparationView } from '../api/schemas';
import { useOutlookText } from '../i18n/useOutlookText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  answer: { marginLeft: 0, whiteSpace: 'pre-wrap' },
});

export function OtherSideAnswers({ view }: { view: PreparationView }) {
  const styles = useStyles();
  const { o, language } = useOutlookText();
  const name = view.side === 'leader' ? view.conversation.employeeName : view.conversation.conductorName;
  if (!view.other) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {view.otherSubmitted ? o.otherHidden(name) : o.otherNotSubmitted(name)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const questions = questionsOf(view.template.id, view.template.version, view.other.side, language);
  const answered = questions.filter((q) => (view.other?.answers[q.id] ?? '') !== '');
  return (
    <section className={styles.root} aria-labelledby="other-heading">
      <Subtitle2 as="h2" id="other-heading">
        {o.otherHeading(name)}
      </Subtitle2>
      {answered.length === 0 ? (
        <Body1>{o.notAnswered}</Body1>
      ) : (
        <dl className={styles.list}>
          {answered.map((q) => {
            const value = view.other?.answers[q.id] ?? '';
            return (
              <div key={q.id}>
                <dt className={styles.term}>{q.text}</dt>
                <dd className={styles.answer}>{q.type === 'check' ? o.checkAnswer(value) : value}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

function questionsOf(id: string, version: number, side: 'employee' | 'leader', language: Language) {
  const template = listTemplates().find((t) => t.id === id && t.version === version);
  if (!template) return [];
  return template.sections.flatMap((s) =>
    s.questions
      .filter((q) => q.audience === 'both' || q.audience === side)
      .map((q) => ({ id: q.id, type: q.type, text: q.text[language] })),
  );
}
