// HR's edit of a template, as the tab sends it, and the new version made from it (issue 6: "edit creates a
// new version"). The draft carries the ids of the questions and sections it kept and none for new ones: the
// ids are made here, so a kept question keeps its id (answers and referat checks are keyed by it) and a new
// one never takes an id any earlier version used, even one that was removed (a published id never changes
// meaning, template.ts).
import { z } from 'zod';
import { AppError } from '../errors';
import { ZAudience, ZCondition, ZQuestionType, ZTemplate, type Section, type Template } from './template';

// Limits keep one version well inside a stored row (Azure Tables: 1 MiB an entity) and a card inside
// what Teams delivers; the shipped templates use less than a fifth of each.
const MAX_TEXT = 1000;
const MAX_HINT = 2000;
const MAX_SECTIONS = 30;
const MAX_QUESTIONS = 40;

const localText = (max: number) =>
  z.object({
    nb: z.string().trim().min(1, 'expected bokmål text').max(max, `at most ${max} characters`),
    nn: z.string().trim().min(1, 'expected nynorsk text').max(max, `at most ${max} characters`),
    en: z.string().trim().min(1, 'expected English text').max(max, `at most ${max} characters`),
  });

export const ZQuestionDraft = z.object({
  /** the id of a question the template had; absent for a new question */
  id: z.string().min(1).optional(),
  type: ZQuestionType,
  audience: ZAudience,
  text: localText(MAX_TEXT),
  required: z.boolean().optional(),
  hint: localText(MAX_HINT).optional(),
  onlyWhen: ZCondition.optional(),
  source: z.string().min(1).max(200).optional(),
});
export type QuestionDraft = z.infer<typeof ZQuestionDraft>;

export const ZSectionDraft = z.object({
  /** the id of a section the template had; absent for a new section */
  id: z.string().min(1).optional(),
  title: localText(MAX_TEXT),
  intro: localText(MAX_HINT).optional(),
  questions: z
    .array(ZQuestionDraft)
    .min(1, 'expected at least one question')
    .max(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} questions`),
  /** 001: the section ends with a "Leders tilbakemelding" field in the referat */
  leaderFeedback: z.boolean().optional(),
  source: z.string().min(1).max(200).optional(),
});
export type SectionDraft = z.infer<typeof ZSectionDraft>;

export const ZTemplateDraft = z
  .object({
    title: localText(MAX_TEXT),
    intro: localText(MAX_HINT).optional(),
    leaderFeedbackHint: localText(MAX_HINT).optional(),
    sections: z
      .array(ZSectionDraft)
      .min(1, 'expected at least one section')
      .max(MAX_SECTIONS, `at most ${MAX_SECTIONS} sections`),
  })
  .superRefine((draft, ctx) => {
    if (draft.sections.some((s) => s.leaderFeedback) && !draft.leaderFeedbackHint) {
      ctx.addIssue({
        code: 'custom',
        path: ['leaderFeedbackHint'],
        message: 'expected a hint for the "Leders tilbakemelding" fields',
      });
    }
  });
export type TemplateDraft = z.infer<typeof ZTemplateDraft>;

/** The draft an editor starts from: the template as it is, every id kept. */
export function draftOf(template: Template): TemplateDraft {
  // a deep copy: an editor changes the draft in place, and the template must stay as it was
  const copy = structuredClone(template);
  return {
    title: copy.title,
    ...(copy.intro ? { intro: copy.intro } : {}),
    ...(copy.leaderFeedbackHint ? { leaderFeedbackHint: copy.leaderFeedbackHint } : {}),
    sections: copy.sections,
  };
}

/**
 * The next version of `base` from a draft. `history` is every version of the template so far: a kept id must
 * be one of theirs, and a new id is none of theirs. Bad input is an AppError naming the field
 * ("sections.2.questions.0.text.nn"), so the form can mark it.
 */
export function newTemplateVersion(
  base: Template,
  history: readonly Template[],
  input: unknown,
  version: number,
): Template {
  const parsed = ZTemplateDraft.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad-request', issue?.message, issue?.path.map(String).join('.') || 'template');
  }
  const draft = parsed.data;
  const knownSections = new Set(history.flatMap((t) => t.sections.map((s) => s.id)));
  const knownQuestions = new Set(
    history.flatMap((t) => t.sections.flatMap((s) => s.questions.map((q) => q.id))),
  );
  // every id the draft keeps is taken before any new one is made, so a new id never takes a kept one
  const usedSections = new Set([...knownSections]);
  const usedQuestions = new Set([...knownQuestions]);
  draft.sections.forEach((section, s) => {
    if (section.id !== undefined && !knownSections.has(section.id))
      throw new AppError('bad-request', `unknown section id "${section.id}"`, `sections.${s}.id`);
    section.questions.forEach((question, q) => {
      if (question.id !== undefined && !knownQuestions.has(question.id))
        throw new AppError(
          'bad-request',
          `unknown question id "${question.id}"`,
          `sections.${s}.questions.${q}.id`,
        );
    });
  });
  const prefix = questionPrefix(base);
  const sections: Section[] = draft.sections.map((section) => {
    const id = section.id ?? uniqueId(slug(section.title.nb, 'seksjon'), usedSections);
    return {
      ...section,
      id,
      questions: section.questions.map((question) => ({
        ...question,
        id: question.id ?? uniqueId(`${prefix}.${id}.${slug(question.text.nb, 'sporsmal')}`, usedQuestions),
      })),
    };
  });
  const template = ZTemplate.safeParse({
    id: base.id,
    version,
    kind: base.kind,
    source: base.source,
    title: draft.title,
    ...(draft.intro ? { intro: draft.intro } : {}),
    ...(draft.leaderFeedbackHint ? { leaderFeedbackHint: draft.leaderFeedbackHint } : {}),
    sections,
  });
  if (!template.success) {
    const issue = template.error.issues[0];
    throw new AppError('bad-request', issue?.message, issue?.path.map(String).join('.') || 'template');
  }
  return template.data;
}

/** The first part of the template's question ids ("annual" in "annual.maal.kortsiktige"). */
function questionPrefix(template: Template): string {
  return template.sections[0]?.questions[0]?.id.split('.')[0] ?? template.id;
}

/** A readable id part from a bokmål text: "Hva har skjedd siden sist?" → "hva-har-skjedd-siden". */
export function slug(text: string, fallback: string): string {
  const words = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .slice(0, 4);
  const joined = words.join('-').slice(0, 40).replace(/-+$/, '');
  return joined === '' ? fallback : joined;
}

function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  used.add(id);
  return id;
}
