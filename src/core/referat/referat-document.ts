// The referat as a document (issue 7): exactly what the archived PDF shows, built from the signed content
// and the approvals alone. Private notes are not an input here, so they cannot reach the PDF by mistake.
import { z } from 'zod';
import { AppError } from '../errors';
import { ZConversationKind, ZIsoDate, ZLanguage, type Language, type Person } from '../org';
import { ZCheckAnswer } from '../preparation/preparation';
import { allQuestions, type Template } from '../templates/template';
import { approvalBlocker, validApprovals } from './approval';
import { contentHash } from './canonical';
import { REFERAT_LABELS } from './document-labels';
import { contentOf, ZApprovalRole, type Referat } from './referat';

const line = (max: number) => z.string().normalize('NFC').trim().min(1, 'expected a text').max(max);
const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 hex digits');

export const ZDocumentSection = z.object({
  title: line(300),
  agreedText: z.string().normalize('NFC').max(20_000),
  /** 001 "Leders tilbakemelding"; null where the template section has none */
  leaderFeedback: z.string().normalize('NFC').max(20_000).nullable(),
});
export type DocumentSection = z.infer<typeof ZDocumentSection>;

export const ZDocumentAction = z.object({
  what: line(1000),
  responsible: line(200),
  deadline: ZIsoDate,
  /** 003: a need common to many, for the leader group and the budget */
  sharedNeed: z.boolean(),
});
export type DocumentAction = z.infer<typeof ZDocumentAction>;

export const ZDocumentSignature = z.object({
  name: line(200),
  role: ZApprovalRole,
  /** the instant of the approval; the PDF shows it in Oslo time */
  at: z.string().datetime({ offset: true }),
  contentHash: ZSha256,
});
export type DocumentSignature = z.infer<typeof ZDocumentSignature>;

export const ZReferatDocument = z
  .object({
    /** the municipality: the PDF's author */
    municipality: line(200),
    language: ZLanguage,
    /** the marking in the header, e.g. "Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1" */
    confidentiality: line(300),
    conversationId: line(200),
    kind: ZConversationKind,
    /** the day the conversation was held (Oslo) */
    date: ZIsoDate,
    employee: z.object({
      name: line(200),
      employeeNumber: line(50),
      position: line(200),
      unit: line(200),
    }),
    conductor: z.object({ name: line(200), title: line(200) }),
    sections: z.array(ZDocumentSection),
    checks: z.array(z.object({ question: line(1000), answer: ZCheckAnswer.nullable() })),
    actions: z.array(ZDocumentAction),
    noSpecialActions: z.boolean(),
    signatures: z.array(ZDocumentSignature),
    /** SHA-256 of the referat's canonical content: what every valid signature signed */
    contentHash: ZSha256,
    /** the PDF's creation date; passed in, so the same document gives the same bytes */
    createdAt: z.string().datetime({ offset: true }),
  })
  .superRefine((doc, ctx) => {
    // The same rule as signing (approval.ts): an action plan, or "no special actions needed", not both.
    if (doc.actions.length === 0 && !doc.noSpecialActions) {
      ctx.addIssue({
        code: 'custom',
        path: ['actions'],
        message: 'expected at least one action, or noSpecialActions: true',
      });
    }
    if (doc.actions.length > 0 && doc.noSpecialActions) {
      ctx.addIssue({
        code: 'custom',
        path: ['noSpecialActions'],
        message: 'there are actions, so noSpecialActions cannot be true',
      });
    }
  });
export type ReferatDocument = z.infer<typeof ZReferatDocument>;

export interface ReferatDocumentContext {
  municipality: string;
  language: Language;
  /** the exact template version the referat was written on: section titles and check questions */
  template: Template;
  employee: Person;
  /** the employee's unit, as named in the directory */
  unitName: string;
  conductor: Person;
  /** ISO instant from the clock */
  createdAt: string;
}

/** The document of a referat: signed content and valid approvals only, never the private notes. */
export function referatDocument(referat: Referat, context: ReferatDocumentContext): ReferatDocument {
  const { template, employee, conductor, language } = context;
  const content = contentOf(referat);
  if (content.templateId !== template.id || content.templateVersion !== template.version) {
    throw new AppError(
      'bad-request',
      `the referat is on template ${content.templateId} v${content.templateVersion}`,
      'templateVersion',
    );
  }
  if (employee.id !== content.employeeId) {
    throw new AppError('bad-request', 'the employee is not the one of this referat', 'employeeId');
  }
  if (conductor.id !== content.conductorId) {
    throw new AppError('bad-request', 'the conductor is not the one of this referat', 'conductorId');
  }
  if (content.heldOn === null) {
    throw new AppError('bad-request', 'the referat has no date of the conversation', 'heldOn');
  }
  // An unfinished plan is not a document yet; the same words as when signing is refused.
  const blocker = approvalBlocker(referat);
  if (blocker) throw new AppError('bad-request', blocker.message, blocker.field);
  const sectionTitles = new Map(template.sections.map((s) => [s.id, s.title[language]]));
  const questions = new Map(allQuestions(template).map(({ question }) => [question.id, question.text]));
  const names = new Map([
    [employee.id, employee.displayName],
    [conductor.id, conductor.displayName],
  ]);
  return ZReferatDocument.parse({
    municipality: context.municipality,
    language,
    confidentiality: REFERAT_LABELS[language].confidentiality,
    conversationId: content.conversationId,
    kind: content.kind,
    date: content.heldOn,
    employee: {
      name: employee.displayName,
      employeeNumber: employee.employeeNumber,
      position: employee.jobTitle,
      unit: context.unitName,
    },
    conductor: { name: conductor.displayName, title: conductor.jobTitle },
    sections: content.sections.map((section) => ({
      title: sectionTitles.get(section.sectionId) ?? section.sectionId,
      agreedText: section.agreedText,
      leaderFeedback: section.leaderFeedback,
    })),
    checks: content.checks.map((check) => ({
      question: questions.get(check.questionId)?.[language] ?? check.questionId,
      answer: check.answer,
    })),
    actions: content.actions.map((action) => ({
      what: action.what,
      responsible: action.responsibleName,
      deadline: action.deadline,
      sharedNeed: action.sharedNeed,
    })),
    noSpecialActions: content.noSpecialActions,
    // An approval given for other text is void (approval.ts), so it is not part of this document's log.
    signatures: validApprovals(referat).map((approval) => ({
      name: names.get(approval.by) ?? approval.by,
      role: approval.role,
      at: approval.at,
      contentHash: approval.contentHash,
    })),
    contentHash: contentHash(referat),
    createdAt: context.createdAt,
  });
}
