// The template editor's "Rediger" view: the template's title, the hint for "Leders tilbakemelding" when a
// part asks for it (001), the parts as folds of one accordion, and "add part". The editor owns the draft and
// which folds are open, because its error summary opens the fold of the field it sends the user to.
import type { Dispatch, SetStateAction } from 'react';
import { Accordion, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../core/org';
import { useMessages } from '../i18n/feature-messages';
import { fieldId, moveItem, newSection, type EditorDraft, type IssueKind } from './template-editing';
import { templateMessages } from './template-messages';
import { focusSoon, TemplateSectionEditor } from './TemplateSectionEditor';
import { TemplateTextField } from './TemplateTextField';
import { newKey } from './useTemplateDraft';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export type TemplateEditPanelProps = {
  draft: EditorDraft;
  /** the language being written in */
  language: Language;
  languageName: string;
  issues: ReadonlyMap<string, IssueKind>;
  /** changes a copy of the draft (useTemplateDraft's edit) */
  edit: (change: (draft: EditorDraft) => void) => void;
  /** the keys of the parts shown open */
  open: string[];
  setOpen: Dispatch<SetStateAction<string[]>>;
};

export function TemplateEditPanel(props: TemplateEditPanelProps) {
  const { draft, language, languageName, issues, edit, setOpen } = props;
  const m = useMessages(templateMessages);
  const styles = useStyles();
  const needsHint = draft.sections.some((s) => s.leaderFeedback) || draft.leaderFeedbackHint !== undefined;
  return (
    <div className={styles.panel}>
      <TemplateTextField
        path="title"
        label={m.templateTitle(languageName)}
        text={draft.title}
        language={language}
        languageName={languageName}
        issues={issues}
        onChange={(value) => edit((d) => void (d.title[language] = value))}
      />
      {needsHint && (
        <TemplateTextField
          path="leaderFeedbackHint"
          label={m.feedbackHint(languageName)}
          text={draft.leaderFeedbackHint ?? { nb: '', nn: '', en: '' }}
          language={language}
          languageName={languageName}
          issues={issues}
          multiline
          onChange={(value) =>
            edit((d) => {
              d.leaderFeedbackHint = { ...(d.leaderFeedbackHint ?? { nb: '', nn: '', en: '' }) };
              d.leaderFeedbackHint[language] = value;
            })
          }
        />
      )}
      <Accordion
        multiple
        collapsible
        openItems={props.open}
        onToggle={(_, data) => setOpen(data.openItems as string[])}
      >
        {draft.sections.map((section, s) => (
          <TemplateSectionEditor
            key={section.key}
            section={section}
            index={s}
            count={draft.sections.length}
            language={language}
            languageName={languageName}
            issues={issues}
            onEdit={(change) => edit((d) => change(d.sections[s]!))}
            onMove={(by) => edit((d) => void (d.sections = moveItem(d.sections, s, by)))}
            onRemove={() => {
              edit((d) => void d.sections.splice(s, 1));
              focusSoon('template-add-part');
            }}
          />
        ))}
      </Accordion>
      <div>
        <Button
          id="template-add-part"
          onClick={() => {
            const at = draft.sections.length;
            const key = newKey();
            edit((d) => void d.sections.push(newSection(key)));
            setOpen((keys) => [...keys, key]);
            focusSoon(fieldId(`sections.${at}.title.${language}`));
          }}
        >
          {m.addSection}
        </Button>
      </div>
    </div>
  );
}
