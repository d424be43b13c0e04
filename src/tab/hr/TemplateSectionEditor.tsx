// One part (section) of a template in HR's editor, as a fold of the editor's accordion (a template has up to
// ten parts; open all at once the form is metres long): its heading, whether the referat ends it with
// "Leders tilbakemelding" (001), its questions, and moving, removing and adding. The fold's header counts
// the fields still to fix in it. After a move or a removal the
// keyboard focus goes where the user can go on from (the moved item's button, or "add question").
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Language } from '../../core/org';
import { useMessages } from '../i18n/feature-messages';
import { fieldId, moveItem, newQuestion, type EditorSection, type IssueKind } from './template-editing';
import { templateMessages } from './template-messages';
import { TemplateQuestionEditor } from './TemplateQuestionEditor';
import { TemplateTextField } from './TemplateTextField';
import { newKey } from './useTemplateDraft';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalL}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** focuses an element once React has drawn the change that moved it */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export type TemplateSectionEditorProps = {
  section: EditorSection;
  index: number;
  count: number;
  language: Language;
  languageName: string;
  issues: ReadonlyMap<string, IssueKind>;
  onEdit: (change: (section: EditorSection) => void) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

export function TemplateSectionEditor(props: TemplateSectionEditorProps) {
  const { section, index, count, language, languageName, issues, onEdit } = props;
  const m = useMessages(templateMessages);
  const styles = useStyles();
  const number = index + 1;
  const path = `sections.${index}`;
  const idBase = `template-part-${section.key}`;
  const problems = [...issues.keys()].filter((p) => p === path || p.startsWith(`${path}.`)).length;
  return (
    <AccordionItem value={section.key}>
      <AccordionHeader as="h3" id={`${idBase}-header`}>
        {m.sectionLegend(number, count)}: {section.title[language].trim() || m.untitled}
        {problems > 0 && ` (${m.problems(problems)})`}
      </AccordionHeader>
      <AccordionPanel>
        <div role="group" aria-label={m.sectionLegend(number, count)} className={styles.root}>
          <TemplateTextField
            path={`${path}.title`}
            label={m.sectionTitle(languageName)}
            text={section.title}
            language={language}
            languageName={languageName}
            issues={issues}
            onChange={(value) => onEdit((s) => void (s.title[language] = value))}
          />
          <Checkbox
            label={m.leaderFeedback}
            checked={section.leaderFeedback ?? false}
            onChange={(_, data) =>
              onEdit((s) => {
                if (data.checked === true) s.leaderFeedback = true;
                else delete s.leaderFeedback;
              })
            }
          />
          {section.questions.map((question, q) => {
            const questionIds = `template-question-${question.key}`;
            return (
              <TemplateQuestionEditor
                key={question.key}
                question={question}
                path={`${path}.questions.${q}`}
                number={q + 1}
                idBase={questionIds}
                first={q === 0}
                last={q === section.questions.length - 1}
                removable={section.questions.length > 1}
                language={language}
                languageName={languageName}
                issues={issues}
                onEdit={(change) => onEdit((s) => change(s.questions[q]!))}
                onMove={(by) => {
                  onEdit((s) => void (s.questions = moveItem(s.questions, q, by)));
                  focusSoon(`${questionIds}-${by < 0 ? 'up' : 'down'}`);
                }}
                onRemove={() => {
                  onEdit((s) => void s.questions.splice(q, 1));
                  focusSoon(`${idBase}-add`);
                }}
              />
            );
          })}
          {issues.get(`${path}.questions`) === 'empty' && (
            <p id={fieldId(`${path}.questions`)} tabIndex={-1} className={styles.error}>
              {`${m.placeSection(number)}: ${m.issueNoQuestions}`}
            </p>
          )}
          <div className={styles.actions}>
            <Button
              id={`${idBase}-add`}
              aria-label={m.addQuestionIn(number)}
              onClick={() => {
                const at = section.questions.length;
                onEdit((s) => void s.questions.push(newQuestion(newKey())));
                focusSoon(fieldId(`${path}.questions.${at}.text.${language}`));
              }}
            >
              {m.addQuestion}
            </Button>
            <Button
              id={`${idBase}-up`}
              disabledFocusable={index === 0}
              aria-label={m.moveSectionUp(number)}
              onClick={() => {
                props.onMove(-1);
                focusSoon(`${idBase}-up`);
              }}
            >
              {m.up}
            </Button>
            <Button
              id={`${idBase}-down`}
              disabledFocusable={index === count - 1}
              aria-label={m.moveSectionDown(number)}
              onClick={() => {
                props.onMove(1);
                focusSoon(`${idBase}-down`);
              }}
            >
              {m.down}
            </Button>
            <Button
              disabledFocusable={count === 1}
              aria-label={m.removeSection(number)}
              onClick={props.onRemove}
            >
              {m.remove}
            </Button>
          </div>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
