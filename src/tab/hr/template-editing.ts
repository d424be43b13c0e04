// What HR's template editor does to a draft, kept out of the components so it can be tested: a draft with a
// key on every section and question (a new one has no id until the server gives it one, and React needs a
// key that survives moving it), moving, adding and removing, the issues the form marks before anything is
// sent (the same zod schema the server checks with, core/templates/template-draft.ts), and a summary of
// what changed for the confirmation.
import type { Language } from '../../core/org';
import type { Template } from '../../core/templates/template';
import {
  ZTemplateDraft,
  draftOf,
  type QuestionDraft,
  type SectionDraft,
  type TemplateDraft,
} from '../../core/templates/template-draft';

export type EditorQuestion = QuestionDraft & { key: string };
export type EditorSection = Omit<SectionDraft, 'questions'> & { key: string; questions: EditorQuestion[] };
export type EditorDraft = Omit<TemplateDraft, 'sections'> & { sections: EditorSection[] };

/** what is wrong with one field, by its path in the draft ("sections.1.questions.0.text.nn") */
export type IssueKind = 'missing-text' | 'too-long' | 'empty' | 'too-many' | 'feedback-hint' | 'invalid';
export interface DraftIssue {
  path: string;
  kind: IssueKind;
}

export interface ChangeSummary {
  added: number;
  removed: number;
  changed: number;
  sectionsAdded: number;
  sectionsRemoved: number;
}

const EMPTY_TEXT = () => ({ nb: '', nn: '', en: '' });

/** The draft an editor opens with: the template as it is, each item keyed by its id. */
export function editorDraft(template: Template): EditorDraft {
  const draft = draftOf(template);
  return {
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      key: `s:${section.id}`,
      questions: section.questions.map((question) => ({ ...question, key: `q:${question.id}` })),
    })),
  };
}

/** The draft as the server takes it: the keys are the editor's own. */
export function draftToSend(draft: EditorDraft): TemplateDraft {
  return {
    ...draft,
    sections: draft.sections.map(({ key: _section, questions, ...section }) => ({
      ...section,
      questions: questions.map(({ key: _question, ...question }) => question),
    })),
  };
}

export function newQuestion(key: string): EditorQuestion {
  return { key, type: 'text', audience: 'both', text: EMPTY_TEXT(), required: false };
}

export function newSection(key: string): EditorSection {
  return { key, title: EMPTY_TEXT(), questions: [newQuestion(`${key}:q`)] };
}

/** The list with one item moved one place up (-1) or down (+1); the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Every field the server would refuse, in form order, so the form can mark them all at once. */
export function draftIssues(draft: EditorDraft): DraftIssue[] {
  const parsed = ZTemplateDraft.safeParse(draftToSend(draft));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    kind: kindOf(issue),
  }));
}

function kindOf(issue: { code: string; origin?: unknown; path: PropertyKey[] }): IssueKind {
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'missing-text' : 'empty';
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'too-long' : 'too-many';
  if (issue.code === 'custom' && issue.path.at(-1) === 'leaderFeedbackHint') return 'feedback-hint';
  return 'invalid';
}

/** The language a text field's path ends in, to show that language's fields when it is marked. */
export function languageOfPath(path: string): Language | null {
  const last = path.split('.').at(-1);
  return last === 'nb' || last === 'nn' || last === 'en' ? last : null;
}

/** The element id of a field, from its path; the error summary links to it. */
export function fieldId(path: string): string {
  return `template-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** Where in the form a path is: section and question numbers from 1, for the error summary. */
export function placeOfPath(path: string): { section: number | null; question: number | null } {
  const parts = path.split('.');
  const at = (name: string) => {
    const i = parts.indexOf(name);
    return i >= 0 && /^\d+$/.test(parts[i + 1] ?? '') ? Number(parts[i + 1]) + 1 : null;
  };
  return { section: at('sections'), question: at('questions') };
}

/** How the draft differs from the version it was made from: questions by id, a new one has none. */
export function changeSummary(base: Template, draft: EditorDraft): ChangeSummary {
  const before = new Map(base.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const kept = draft.sections.flatMap((s) => s.questions).filter((q) => q.id !== undefined);
  const keptIds = new Set(kept.map((q) => q.id));
  const sectionIds = new Set(draft.sections.map((s) => s.id).filter((id) => id !== undefined));
  const changed = kept.filter((q) => {
    const old = before.get(q.id!);
    if (!old) return false;
    return canonical(normalised(q)) !== canonical(normalised(old));
  }).length;
  return {
    added: draft.sections.flatMap((s) => s.questions).filter((q) => q.id === undefined).length,
    removed: [...before.keys()].filter((id) => !keptIds.has(id)).length,
    changed,
    sectionsAdded: draft.sections.filter((s) => s.id === undefined).length,
    sectionsRemoved: base.sections.filter((s) => !sectionIds.has(s.id)).length,
  };
}

/** a question with its fields in one order and `required: false` as absent, so equal ones compare equal */
function normalised(q: QuestionDraft) {
  return {
    type: q.type,
    audience: q.audience,
    text: { nb: q.text.nb.trim(), nn: q.text.nn.trim(), en: q.text.en.trim() },
    required: q.required ?? false,
    hint: q.hint ?? null,
    onlyWhen: q.onlyWhen ?? null,
  };
}

/** Whether anything at all differs from the version it was made from (order and titles too). */
export function isChanged(base: Template, draft: EditorDraft): boolean {
  return canonical(draftToSend(draft)) !== canonical(draftOf(base));
}

/** JSON with every object's keys sorted, so the order fields were set in does not count */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
