// One question of the form: a text area for a text question, Ja / Nei / Ikke aktuelt for a check (001).
import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { PrepQuestion } from '../api/schemas';
import { useOutlookText } from '../i18n/useOutlookText';

export type QuestionFieldProps = {
  question: PrepQuestion;
  value: string;
  /** the server refused a submit because this required question has no answer */
  missing: boolean;
  onChange: (questionId: string, value: string) => void;
};

export function QuestionField({ question, value, missing, onChange }: QuestionFieldProps) {
  const { o } = useOutlookText();
  const common = {
    label: question.text,
    required: question.required,
    hint: question.hint,
    validationState: missing ? ('error' as const) : ('none' as const),
    validationMessage: missing ? o.missingAnswer : undefined,
  };
  if (question.type === 'check') {
    return (
      <Field {...common}>
        <RadioGroup
          layout="horizontal"
          value={value}
          onChange={(_, data) => onChange(question.id, data.value)}
        >
          <Radio value="yes" label={o.checkYes} />
          <Radio value="no" label={o.checkNo} />
          <Radio value="not-relevant" label={o.checkNotRelevant} />
        </RadioGroup>
      </Field>
    );
  }
  return (
    <Field {...common}>
      <Textarea
        resize="vertical"
        rows={3}
        value={value}
        onChange={(_, data) => onChange(question.id, data.value)}
      />
    </Field>
  );
}
