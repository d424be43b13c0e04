// What one side will see when preparing on the draft (the same filter as the preparation form: a question
// is the side's own or both sides'), in the language HR is writing in, so HR can read the form as the
// employee or the leader will before saving it. The form's texts carry their own lang (WCAG 3.1.2).
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../core/org';
import type { PrepSide } from '../../core/preparation/preparation';
import { useMessages } from '../i18n/feature-messages';
import type { EditorDraft } from './template-editing';
import { templateMessages } from './template-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2, display: 'block' },
});

export function TemplatePreview({
  draft,
  side,
  language,
}: {
  draft: EditorDraft;
  side: PrepSide;
  language: Language;
}) {
  const m = useMessages(templateMessages);
  const styles = useStyles();
  const text = (t: { nb: string; nn: string; en: string }) => t[language].trim() || m.untitled;
  const sections = draft.sections
    .map((section) => ({
      section,
      questions: section.questions.filter((q) => q.audience === side || q.audience === 'both'),
    }))
    .filter((s) => s.questions.length > 0);
  return (
    <div className={styles.root}>
      <Caption1>{side === 'employee' ? m.previewEmployee : m.previewLeader}</Caption1>
      <h3 className={styles.title} lang={language}>
        {text(draft.title)}
      </h3>
      {sections.length === 0 && <p>{m.previewEmpty}</p>}
      {sections.map(({ section, questions }) => (
        <section key={section.key} aria-label={text(section.title)}>
          <h4 className={styles.section} lang={language}>
            {text(section.title)}
          </h4>
          <ol className={styles.list}>
            {questions.map((q) => (
              <li key={q.key}>
                <span lang={language}>{text(q.text)}</span> {q.required && m.previewRequired}
                {q.type === 'check' && <Caption1 className={styles.note}>{m.previewCheck}</Caption1>}
                {q.onlyWhen && <Caption1 className={styles.note}>{m.previewOnlyWhen}</Caption1>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
