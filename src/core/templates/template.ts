// A conversation template: the questions of one kind of conversation, as versioned data.
// The shipped templates are JSON files in ./data, parsed by ZTemplate when loaded, so a typo in a file
// fails every test instead of showing a half-empty form to a leader.
import { z } from 'zod';
import { ZConversationKind } from '../org';

/** A text in all three languages of the product; none may be empty (every text exists in nb, nn and en). */
export const ZLocalText = z.object({
  nb: z.string().trim().min(1, 'expected bokmål text'),
  nn: z.string().trim().min(1, 'expected nynorsk text'),
  en: z.string().trim().min(1, 'expected English text'),
});
export type LocalText = z.infer<typeof ZLocalText>;

// Ids are stored in preparations and referats for years, so they are plain, lower-case and dotted:
// "annual.arbeidsoppgaver.mer-mindre". A published id never changes meaning.
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOTTED_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

/** Who answers a question when preparing: seed 004 has one column for the employee and one for the leader. */
export const ZAudience = z.enum(['employee', 'leader', 'both']);
export type Audience = z.infer<typeof ZAudience>;

/**
 * 'text' is a free answer; 'check' is ja / nei / ikke aktuelt (seed 001 "Sjekk spesielt").
 * No rating scale: none of the seeds asks for one, and 002 warns the form is "ikke et intervjuskjema".
 */
export const ZQuestionType = z.enum(['text', 'check']);
export type QuestionType = z.infer<typeof ZQuestionType>;

/**
 * A fact about the position that makes a question apply. 001: authorisation is checked in HPR and the
 * diploma received only "for ansettelser som har krav om autorisasjon eller lisens i arbeidskontrakten".
 */
export const ZCondition = z.enum(['requires-authorisation']);
export type Condition = z.infer<typeof ZCondition>;

export const ZQuestion = z.object({
  /** stable id, unique in the template; answers and referat checks are keyed by it */
  id: z.string().regex(DOTTED_ID, 'expected a dotted lower-case id such as "annual.maal.kortsiktige"'),
  type: ZQuestionType,
  audience: ZAudience,
  text: ZLocalText,
  /** a question that must be answered before that side can submit its preparation */
  required: z.boolean().optional(),
  /** guidance shown under the question */
  hint: ZLocalText.optional(),
  /** the question applies only when the position has this property */
  onlyWhen: ZCondition.optional(),
  /** where the question comes from, e.g. "004 Opplæring og utvikling" */
  source: z.string().min(1).optional(),
});
export type Question = z.infer<typeof ZQuestion>;

export const ZSection = z.object({
  /** stable id, unique in the template; referat sections are keyed by it */
  id: z.string().regex(ID, 'expected a lower-case id such as "arbeidsmiljo"'),
  title: ZLocalText,
  intro: ZLocalText.optional(),
  questions: z.array(ZQuestion).min(1),
  /** 001: each section ends with a "Leders tilbakemelding" field in the referat */
  leaderFeedback: z.boolean().optional(),
  source: z.string().min(1).optional(),
});
export type Section = z.infer<typeof ZSection>;

export const ZTemplate = z
  .object({
    id: z.string().regex(ID, 'expected a lower-case id such as "medarbeidersamtale"'),
    /** a new version is a new template; a conversation keeps the version it started on */
    version: z.number().int().positive(),
    kind: ZConversationKind,
    title: ZLocalText,
    intro: ZLocalText.optional(),
    /** the guidance under every "Leders tilbakemelding" field (001) */
    leaderFeedbackHint: ZLocalText.optional(),
    /** the seed documents the template is taken from, e.g. "001 Oppfølgingssamtale" */
    source: z.array(z.string().min(1)).min(1),
    sections: z.array(ZSection).min(1),
  })
  .superRefine((template, ctx) => {
    const sectionIds = new Set<string>();
    const questionIds = new Set<string>();
    template.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'id'],
          message: `duplicate section id "${section.id}"`,
        });
      }
      sectionIds.add(section.id);
      section.questions.forEach((question, q) => {
        if (questionIds.has(question.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'questions', q, 'id'],
            message: `duplicate question id "${question.id}"`,
          });
        }
        questionIds.add(question.id);
      });
    });
    if (template.sections.some((s) => s.leaderFeedback) && !template.leaderFeedbackHint) {
      ctx.addIssue({
        code: 'custom',
        path: ['leaderFeedbackHint'],
        message: 'expected a hint for the "Leders tilbakemelding" fields',
      });
    }
  });
export type Template = z.infer<typeof ZTemplate>;

/** What a conversation stores when it starts, so a later version never changes it. */
export const ZTemplateRef = z.object({
  templateId: z.string().regex(ID),
  templateVersion: z.number().int().positive(),
});
export type TemplateRef = z.infer<typeof ZTemplateRef>;

export function templateRef(template: Template): TemplateRef {
  return { templateId: template.id, templateVersion: template.version };
}

/** Every question of the template with the section it belongs to, in form order. */
export function allQuestions(template: Template): { section: Section; question: Question }[] {
  return template.sections.flatMap((section) => section.questions.map((question) => ({ section, question })));
}

/** "path: message" lines for a failed parse, the form every boundary of the product reports. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
