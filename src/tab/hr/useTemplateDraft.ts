// The template editor's draft: started from the version HR opened, changed through `edit`, and kept in
// sessionStorage under that version until it is saved or discarded, so a reload or a closed editor loses
// nothing typed (the tab's other forms do the same). A draft made from an older version is not offered on a
// newer one: it was made from other questions.
import { useCallback, useEffect, useState } from 'react';
import type { Template } from '../../core/templates/template';
import { editorDraft, type EditorDraft } from './template-editing';

const storageKey = (template: Template) => `samtale.templateDraft.${template.id}@${template.version}`;

function restore(template: Template): EditorDraft | null {
  try {
    const raw = sessionStorage.getItem(storageKey(template));
    if (!raw) return null;
    const value = JSON.parse(raw) as EditorDraft;
    const texts = (t: unknown) =>
      typeof t === 'object' &&
      t !== null &&
      ['nb', 'nn', 'en'].every((l) => typeof (t as never)[l] === 'string');
    const ok =
      texts(value.title) &&
      Array.isArray(value.sections) &&
      value.sections.every(
        (s) =>
          typeof s.key === 'string' &&
          texts(s.title) &&
          Array.isArray(s.questions) &&
          s.questions.every((q) => typeof q.key === 'string' && texts(q.text)),
      );
    return ok ? value : null;
  } catch {
    return null;
  }
}

/** a key for a new section or question, unique across reloads of a kept draft */
export function newKey(): string {
  return `new-${globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)}`;
}

export function useTemplateDraft(template: Template) {
  const [{ draft, restored }, setState] = useState(() => {
    const kept = restore(template);
    return { draft: kept ?? editorDraft(template), restored: kept !== null };
  });
  const [touched, setTouched] = useState(restored);

  useEffect(() => {
    if (!touched) return;
    try {
      sessionStorage.setItem(storageKey(template), JSON.stringify(draft));
    } catch {
      // storage full or blocked: the draft still lives in the page
    }
  }, [draft, touched, template]);

  /** changes a copy of the draft; the producer may change it in place */
  const edit = useCallback((change: (draft: EditorDraft) => void) => {
    setTouched(true);
    setState((state) => {
      const next = structuredClone(state.draft);
      change(next);
      return { ...state, draft: next };
    });
  }, []);

  /** forgets the kept draft (after a save, or when HR discards it) */
  const reset = useCallback(() => {
    sessionStorage.removeItem(storageKey(template));
    setTouched(false);
    setState({ draft: editorDraft(template), restored: false });
  }, [template]);

  return { draft, restored, edit, reset };
}
