// The referat's checks (001 "Sjekk spesielt"): yes / no / not relevant for each.
import { Field, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReferatChange } from '../../core/referat/edit';
import type { ReferatCheck } from '../../core/referat/referat';
import type { Template } from '../../core/templates/template';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0 },
});

export type ChecksFieldsetProps = {
  checks: ReferatCheck[];
  template: Template | undefined;
  onChange: (change: ReferatChange) => void;
};

export function ChecksFieldset({ checks, template, onChange }: ChecksFieldsetProps) {
  const styles = useStyles();
  const { language } = useI18n();
  const m = useMessages(workspaceMessages);
  const textOf = (id: string) =>
    template?.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text[language] ?? id;
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>
        <Subtitle2 as="h3" block>
          {m.checksHeading}
        </Subtitle2>
      </legend>
      {checks.map((check) => (
        <Field key={check.questionId} label={textOf(check.questionId)}>
          <RadioGroup
            layout="horizontal"
            value={check.answer ?? ''}
            onChange={(_, d) =>
              onChange({
                type: 'check',
                questionId: check.questionId,
                answer: d.value === 'yes' || d.value === 'no' || d.value === 'not-relevant' ? d.value : null,
              })
            }
          >
            <Radio value="yes" label={m.checkYes} />
            <Radio value="no" label={m.checkNo} />
            <Radio value="not-relevant" label={m.checkNotRelevant} />
          </RadioGroup>
        </Field>
      ))}
    </fieldset>
  );
}
