// One question in HR's template editor: its text in the language being written, who answers it, free text or
// a 001 check (ja / nei / ikke aktuelt), whether it must be answered, whether it applies only to positions
// that require authorisation (001), and moving or removing it. Move and remove name the question, so a
// screen reader user knows which of the many "Opp" buttons this is.
import { Badge, Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../core/org';
import { ZAudience, ZQuestionType, type Audience, type QuestionType } from '../../core/templates/template';
import { useMessages } from '../i18n/feature-messages';
import type { EditorQuestion, IssueKind } from './template-editing';
import { templateMessages } from './template-messages';
import { TemplateTextField } from './TemplateTextField';

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export type TemplateQuestionEditorProps = {
  question: EditorQuestion;
  /** where it is: "sections.1.questions.2" */
  path: string;
  number: number;
  /** element ids of its buttons start with this; it stays with the question when it moves */
  idBase: string;
  first: boolean;
  last: boolean;
  /** a section keeps at least one question */
  removable: boolean;
  language: Language;
  languageName: string;
  issues: ReadonlyMap<string, IssueKind>;
  onEdit: (change: (question: EditorQuestion) => void) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

export function TemplateQuestionEditor(props: TemplateQuestionEditorProps) {
  const { question, path, number, language, languageName, issues, onEdit } = props;
  const m = useMessages(templateMessages);
  const styles = useStyles();
  const audienceLabel: Record<Audience, string> = {
    employee: m.audienceEmployee,
    leader: m.audienceLeader,
    both: m.audienceBoth,
  };
  const typeLabel: Record<QuestionType, string> = { text: m.typeText, check: m.typeCheck };
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>
        {m.questionLegend(number)}{' '}
        {question.id === undefined && (
          <Badge appearance="tint" color="informative">
            {m.newBadge}
          </Badge>
        )}
      </legend>
      <TemplateTextField
        path={`${path}.text`}
        label={m.questionText(languageName)}
        text={question.text}
        language={language}
        languageName={languageName}
        issues={issues}
        multiline
        onChange={(value) => onEdit((q) => void (q.text[language] = value))}
      />
      <div className={styles.row}>
        <Field label={m.audience}>
          <Select
            value={question.audience}
            onChange={(_, data) => onEdit((q) => void (q.audience = ZAudience.parse(data.value)))}
          >
            {ZAudience.options.map((a) => (
              <option key={a} value={a}>
                {audienceLabel[a]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.type}>
          <Select
            value={question.type}
            onChange={(_, data) => onEdit((q) => void (q.type = ZQuestionType.parse(data.value)))}
          >
            {ZQuestionType.options.map((t) => (
              <option key={t} value={t}>
                {typeLabel[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox
          label={m.required}
          checked={question.required ?? false}
          onChange={(_, data) => onEdit((q) => void (q.required = data.checked === true))}
        />
        <Checkbox
          label={m.onlyWhen}
          checked={question.onlyWhen === 'requires-authorisation'}
          onChange={(_, data) =>
            onEdit((q) => {
              if (data.checked === true) q.onlyWhen = 'requires-authorisation';
              else delete q.onlyWhen;
            })
          }
        />
      </div>
      <div className={styles.actions}>
        <Button
          id={`${props.idBase}-up`}
          size="small"
          disabledFocusable={props.first}
          aria-label={m.moveQuestionUp(number)}
          onClick={() => props.onMove(-1)}
        >
          {m.up}
        </Button>
        <Button
          id={`${props.idBase}-down`}
          size="small"
          disabledFocusable={props.last}
          aria-label={m.moveQuestionDown(number)}
          onClick={() => props.onMove(1)}
        >
          {m.down}
        </Button>
        <Button
          size="small"
          disabledFocusable={!props.removable}
          aria-label={m.removeQuestion(number)}
          onClick={props.onRemove}
        >
          {m.remove}
        </Button>
      </div>
    </fieldset>
  );
}
