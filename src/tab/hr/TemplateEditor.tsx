// HR edits a template (issue 6 item 3): texts in the language chosen (nb, nn or en; a count shows where
// texts are still missing), parts and questions added, removed and moved, who answers, free text or a 001
// check, required, a preview as each side will see it, and "save as a new version" after a confirmation
// that says what changed. The form marks every field the server would refuse before sending; a version
// someone else saved meanwhile is a 409 that keeps the draft on screen. Nothing typed is lost on a reload
// (useTemplateDraft keeps it in sessionStorage).
import { useMemo, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Language } from '../../core/org';
import { PolicySaveError, type HrApi, type TemplateVersion } from '../api/hr';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import {
  draftIssues,
  draftToSend,
  editorDraft,
  fieldId,
  isChanged,
  languageOfPath,
  type DraftIssue,
} from './template-editing';
import { templateMessages } from './template-messages';
import { TemplateEditPanel } from './TemplateEditPanel';
import { TemplateIssues } from './TemplateIssues';
import { TemplatePreview } from './TemplatePreview';
import { TemplateSaveConfirm } from './TemplateSaveConfirm';
import { TemplateSaveOutcome, type SaveOutcome } from './TemplateSaveOutcome';
import { useTemplateDraft } from './useTemplateDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const LANGUAGES: Language[] = ['nb', 'nn', 'en'];
type View = 'edit' | 'employee' | 'leader';

export type TemplateEditorProps = {
  hr: HrApi;
  loaded: TemplateVersion;
  onClose: () => void;
  onSaved: (saved: TemplateVersion) => void;
  /** after a conflict: open the version someone else saved */
  onOpenNewest: () => void;
};

export function TemplateEditor({ hr, loaded, onClose, onSaved, onOpenNewest }: TemplateEditorProps) {
  const { language: uiLanguage } = useI18n();
  const m = useMessages(templateMessages);
  const styles = useStyles();
  const base = loaded.template;
  const { draft, restored, edit, reset } = useTemplateDraft(base);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [view, setView] = useState<View>('edit');
  const [checking, setChecking] = useState(false);
  const [serverIssue, setServerIssue] = useState<DraftIssue | null>(null);
  const [confirming, setConfirming] = useState<'save' | 'discard' | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // the parts shown open: the first at the start, and any the user or an error link opens
  const [open, setOpen] = useState<string[]>(() => draft.sections.slice(0, 1).map((s) => s.key));

  const languageName = (l: Language) => ({ nb: m.langNb, nn: m.langNn, en: m.langEn })[l];
  const issues = useMemo(() => {
    const found = checking ? draftIssues(draft) : [];
    return serverIssue && !found.some((i) => i.path === serverIssue.path) ? [...found, serverIssue] : found;
  }, [checking, draft, serverIssue]);
  const issueMap = useMemo(() => new Map(issues.map((i) => [i.path, i.kind])), [issues]);
  const missingIn = (l: Language) => issues.filter((i) => languageOfPath(i.path) === l).length;
  const changed = isChanged(base, draft);

  const goTo = (issue: DraftIssue) => {
    const inLanguage = languageOfPath(issue.path) ?? language;
    setLanguage(inLanguage);
    setView('edit');
    const section = /^sections\.(\d+)/.exec(issue.path);
    const key = section ? draft.sections[Number(section[1])]?.key : undefined;
    if (key) setOpen((keys) => (keys.includes(key) ? keys : [...keys, key]));
    const direct = fieldId(issue.path);
    requestAnimationFrame(() =>
      (
        document.getElementById(direct) ?? document.getElementById(fieldId(`${issue.path}.${inLanguage}`))
      )?.focus(),
    );
  };

  const askToSave = () => {
    setOutcome(null);
    setServerIssue(null);
    if (!changed) return setOutcome('unchanged');
    const found = draftIssues(draft);
    setChecking(true);
    if (found.length > 0) return requestAnimationFrame(() => summaryRef.current?.focus());
    setConfirming('save');
  };

  const save = async () => {
    setConfirming(null);
    setSaving(true);
    try {
      const saved = await hr.saveTemplate(base.id, base.version, draftToSend(draft));
      reset();
      onSaved(saved);
    } catch (error) {
      const refused = error instanceof PolicySaveError ? error : null;
      if (refused?.status === 409) setOutcome('conflict');
      else if (refused?.status === 400 && refused.field) {
        const issue: DraftIssue = { path: refused.field, kind: 'invalid' };
        setServerIssue(issue);
        setOutcome('refused');
        goTo(issue);
      } else setOutcome('failed');
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{m.editHeading(base.title[uiLanguage], base.version)}</h2>
      <Body1>{m.editIntro}</Body1>
      {restored && (
        <MessageBar intent="info">
          <MessageBarBody>{m.restored}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={m.writingLanguage}>
        <RadioGroup
          layout="horizontal"
          value={language}
          onChange={(_, data) => setLanguage(data.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <Radio
              key={l}
              value={l}
              label={missingIn(l) > 0 ? m.missingIn(languageName(l), missingIn(l)) : languageName(l)}
            />
          ))}
        </RadioGroup>
      </Field>
      <TabList
        aria-label={m.viewLabel}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
      >
        <Tab value="edit" id="template-view-edit" aria-controls="template-view-panel">
          {m.tabEdit}
        </Tab>
        <Tab value="employee" id="template-view-employee" aria-controls="template-view-panel">
          {m.tabPreviewEmployee}
        </Tab>
        <Tab value="leader" id="template-view-leader" aria-controls="template-view-panel">
          {m.tabPreviewLeader}
        </Tab>
      </TabList>
      <div role="tabpanel" id="template-view-panel" aria-labelledby={`template-view-${view}`}>
        {view === 'edit' ? (
          <TemplateEditPanel
            draft={draft}
            language={language}
            languageName={languageName(language)}
            issues={issueMap}
            edit={edit}
            open={open}
            setOpen={setOpen}
          />
        ) : (
          <TemplatePreview draft={draft} side={view} language={language} />
        )}
      </div>
      {issues.length > 0 && (
        <TemplateIssues ref={summaryRef} issues={issues} languageName={languageName} onGoTo={goTo} />
      )}
      <TemplateSaveOutcome
        outcome={outcome}
        onOpenNewest={() => {
          reset();
          onOpenNewest();
        }}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={saving} onClick={askToSave}>
          {saving ? m.saving : m.save}
        </Button>
        {changed && <Button onClick={() => setConfirming('discard')}>{m.discard}</Button>}
        <Button onClick={onClose}>{m.backToList}</Button>
      </div>
      <TemplateSaveConfirm
        open={confirming === 'save'}
        base={base}
        draft={draft}
        onConfirm={() => void save()}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'discard'}
        title={m.discardTitle}
        confirmLabel={m.confirmDiscard}
        cancelLabel={m.cancel}
        onConfirm={() => {
          setConfirming(null);
          setChecking(false);
          setOutcome(null);
          reset();
          setOpen(
            editorDraft(base)
              .sections.slice(0, 1)
              .map((s) => s.key),
          );
        }}
        onCancel={() => setConfirming(null)}
      >
        <p>{m.discardBody(base.version)}</p>
      </ConfirmDialog>
    </div>
  );
}
