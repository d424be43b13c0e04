// The confirmation before a template's new version is saved: every new conversation will use it, so it says
// what changed against the version HR opened (so many questions changed, added, removed; parts added,
// removed), or that only the order, headings or names changed, where none of those counts is above nought.
import type { Template } from '../../core/templates/template';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useMessages } from '../i18n/feature-messages';
import { changeSummary, type EditorDraft } from './template-editing';
import { templateMessages } from './template-messages';

export type TemplateSaveConfirmProps = {
  open: boolean;
  /** the version HR opened */
  base: Template;
  draft: EditorDraft;
  onConfirm: () => void;
  onCancel: () => void;
};

export function TemplateSaveConfirm({ open, base, draft, onConfirm, onCancel }: TemplateSaveConfirmProps) {
  const m = useMessages(templateMessages);
  const summary = changeSummary(base, draft);
  const summaryLines = [
    summary.changed > 0 && m.summaryChanged(summary.changed),
    summary.added > 0 && m.summaryAdded(summary.added),
    summary.removed > 0 && m.summaryRemoved(summary.removed),
    summary.sectionsAdded > 0 && m.summarySectionsAdded(summary.sectionsAdded),
    summary.sectionsRemoved > 0 && m.summarySectionsRemoved(summary.sectionsRemoved),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <ConfirmDialog
      open={open}
      title={m.confirmTitle(base.version + 1)}
      confirmLabel={m.confirmSave}
      cancelLabel={m.cancel}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{m.confirmBody(base.version + 1)}</p>
      <ul>
        {(summaryLines.length > 0 ? summaryLines : [m.summaryOther]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
