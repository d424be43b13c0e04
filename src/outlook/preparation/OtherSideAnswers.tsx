// The other side's submitted answers when the visibility rule allows, else why they are not shown. Their
// questions are not in this side's view of the template, so the server sends them with the answers, from the
// version the conversation is on (which may be one HR saved after this page was built), in the reader's
// language.
import { Body1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
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
  const { o } = useOutlookText();
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
  const answered = view.other.questions.filter((q) => (view.other?.answers[q.id] ?? '') !== '');
  return (
    <section className={styles.root} aria-labelledby="other-heading">
      <Subtitle2 as="h2" block id="other-heading">
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
