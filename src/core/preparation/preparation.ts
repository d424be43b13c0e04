// Preparation (DESIGN §2.4): employee and leader each answer the template's questions, as in the
// two columns of seed 004. Answers are keyed by question id and checked against the exact template
// version the conversation started on.
import { z } from 'zod';
import { AppError } from '../errors';
import { allQuestions, type Condition, type Question, type Template } from '../templates/template';

/** Which column of 004's form: "Medarbeider" or "Leder". */
export const ZPrepSide = z.enum(['employee', 'leader']);
export type PrepSide = z.infer<typeof ZPrepSide>;

/** 001 "Sjekk spesielt": Ja / nei / Ikke aktuelt. */
export const ZCheckAnswer = z.enum(['yes', 'no', 'not-relevant']);
export type CheckAnswer = z.infer<typeof ZCheckAnswer>;

// Room for a long, considered answer, well inside one Azure Tables property (64 KiB of UTF-16).
export const MAX_ANSWER_LENGTH = 10_000;

/** Answers keyed by question id: free text, or a CheckAnswer for a check question; '' is unanswered. */
export const ZPrepAnswers = z.record(z.string(), z.string());
export type PrepAnswers = z.infer<typeof ZPrepAnswers>;

export const ZPreparation = z.object({
  side: ZPrepSide,
  answers: ZPrepAnswers,
  /** when this side submitted; null while it is a draft (drafts are never shown to the other side) */
  submittedAt: z.string().datetime({ offset: true }).nullable(),
});
export type Preparation = z.infer<typeof ZPreparation>;

/** Facts about the position that decide which questions apply (001: authorisation only where required). */
export interface PrepContext {
  conditions: readonly Condition[];
}

export interface PrepIssue {
  /** field path, e.g. answers["probation.sjekk.rutiner-kjent"] */
  path: string;
  message: string;
}

function applies(question: Question, side: PrepSide, context: PrepContext): boolean {
  const forSide = question.audience === 'both' || question.audience === side;
  return forSide && (!question.onlyWhen || context.conditions.includes(question.onlyWhen));
}

/** The questions this side answers, in form order. */
export function questionsFor(template: Template, side: PrepSide, context: PrepContext): Question[] {
  return allQuestions(template)
    .map(({ question }) => question)
    .filter((question) => applies(question, side, context));
}

const SIDE_NAME: Record<PrepSide, string> = { employee: 'the employee', leader: 'the leader' };

/** Everything wrong with these answers; `submitting` also asks for the required ones. */
export function prepIssues(
  template: Template,
  side: PrepSide,
  answers: PrepAnswers,
  options: PrepContext & { submitting: boolean },
): PrepIssue[] {
  const questions = new Map(allQuestions(template).map(({ question }) => [question.id, question]));
  const issues: PrepIssue[] = [];
  const at = (id: string) => `answers[${JSON.stringify(id)}]`;
  for (const [id, value] of Object.entries(answers)) {
    const question = questions.get(id);
    if (!question) {
      issues.push({
        path: at(id),
        message: `unknown question "${id}" in ${template.id} v${template.version}`,
      });
    } else if (question.audience !== 'both' && question.audience !== side) {
      issues.push({
        path: at(id),
        message: `question "${id}" is answered by ${SIDE_NAME[question.audience]}`,
      });
    } else if (!applies(question, side, options)) {
      issues.push({ path: at(id), message: `question "${id}" applies only when ${question.onlyWhen}` });
    } else if (question.type === 'check' && value !== '' && !ZCheckAnswer.safeParse(value).success) {
      issues.push({ path: at(id), message: `expected one of ${ZCheckAnswer.options.join(', ')}` });
    } else if (value.length > MAX_ANSWER_LENGTH) {
      issues.push({ path: at(id), message: `expected at most ${MAX_ANSWER_LENGTH} characters` });
    }
  }
  if (options.submitting) {
    for (const question of questionsFor(template, side, options)) {
      if (question.required && !answers[question.id]?.trim()) {
        issues.push({ path: at(question.id), message: 'required before submitting' });
      }
    }
  }
  return issues;
}

function assertNoIssues(issues: PrepIssue[]): void {
  const [first] = issues;
  if (!first) return;
  const detail = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new AppError('bad-request', detail, first.path);
}

export function emptyPreparation(side: PrepSide): Preparation {
  return { side, answers: {}, submittedAt: null };
}

/**
 * Replaces this side's answers (autosave sends the whole form). After submitting, required answers
 * may be changed but not emptied: the other side may already have read them.
 */
export function saveAnswers(
  preparation: Preparation,
  template: Template,
  answers: PrepAnswers,
  context: PrepContext,
): Preparation {
  const submitting = preparation.submittedAt !== null;
  assertNoIssues(prepIssues(template, preparation.side, answers, { ...context, submitting }));
  return { ...preparation, answers: { ...answers } };
}

/** Marks the preparation submitted at `at`; submitting twice keeps the first time. */
export function submitPreparation(
  preparation: Preparation,
  template: Template,
  context: PrepContext,
  at: string,
): Preparation {
  assertNoIssues(
    prepIssues(template, preparation.side, preparation.answers, { ...context, submitting: true }),
  );
  return { ...preparation, submittedAt: preparation.submittedAt ?? at };
}
