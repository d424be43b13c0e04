// This side's questions, section by section, saved as the person types; submit when ready.
import { useState } from 'react';
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../tab/components/ErrorState';
import type { Answers, PreparationView } from '../api/schemas';
import { useOutlookText } from '../i18n/useOutlookText';
import { QuestionField } from './QuestionField';
import { SaveStatus } from './SaveStatus';
import { SubmitButton } from './SubmitButton';
import type { SaveState, SubmitOutcome } from './usePreparation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  // a legend's default 2 px inset would set the section titles off the questions' left edge
  legend: { padding: 0 },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

export type PreparationFormProps = {
  view: PreparationView;
  answers: Answers;
  saveState: SaveState;
  onChange: (questionId: string, value: string) => void;
  onRetrySave: () => void;
  onSubmit: () => Promise<SubmitOutcome>;
};

export function PreparationForm(props: PreparationFormProps) {
  const { view, answers, saveState } = props;
  const styles = useStyles();
  const { o, time } = useOutlookText();
  const [missing, setMissing] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async () => {
    setSubmitting(true);
    setFailure(null);
    const outcome = await props.onSubmit();
    setSubmitting(false);
    if (outcome.ok) return setMissing(null);
    setMissing(outcome.questionId);
    if (outcome.questionId)
      document
        .getElementById(`q-${outcome.questionId}`)
        ?.querySelector<HTMLElement>('textarea, input')
        ?.focus();
    else setFailure(outcome.error);
  };

  return (
    <form className={styles.form} aria-labelledby="mine-heading" onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h2" block id="mine-heading">
        {o.yourForm}
      </Subtitle2>
      {view.template.sections.map((section) => (
        <fieldset key={section.id} className={styles.section}>
          <legend className={styles.legend}>
            <Subtitle2 as="h3" block>
              {section.title}
            </Subtitle2>
          </legend>
          {section.questions.map((question) => (
            <div key={question.id} id={`q-${question.id}`}>
              <QuestionField
                question={question}
                value={answers[question.id] ?? ''}
                missing={missing === question.id}
                onChange={props.onChange}
              />
            </div>
          ))}
        </fieldset>
      ))}
      {failure !== null && <ErrorState error={failure} onRetry={() => void submit()} />}
      {view.mine.submittedAt && <Body1>{o.submittedAt(time(view.mine.submittedAt))}</Body1>}
      <div className={styles.footer}>
        <SubmitButton side={view.side} busy={submitting} onConfirm={() => void submit()} />
        <SaveStatus state={saveState} onRetry={props.onRetrySave} />
      </div>
    </form>
  );
}
