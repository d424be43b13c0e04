// The referat (DESIGN §2.5): what leader and employee agreed, section by section, with checks and an
// action plan, signed by both (000 2.4, 002, 004) and archived. Private notes live beside it in their own
// type and are cut out by every view that leaves the leader: the canonical content, the PDF, the employee.
import { z } from 'zod';
import { ZConversationKind, ZIsoDate } from '../org';
import { ZCheckAnswer, type PrepAnswers } from '../preparation/preparation';
import type { Condition, Template } from '../templates/template';

// Texts are stored in NFC, so "å" typed as a+ring on one device and as one letter on another is the
// same content and hashes the same (a re-save of unchanged text must not void an approval).
const text = (max: number) => z.string().normalize('NFC').max(max);

export const ZPersonId = z.string().uuid();

/** One line of the action plan: what, who is responsible, by when (002, 004); shared need per 003. */
export const ZActionItem = z.object({
  id: z.string().min(1).max(64),
  what: text(1000).refine((s) => s.trim() !== '', 'expected what is to be done'),
  /** the responsible person when they are in the directory; null for e.g. "HR" or an outside party */
  responsibleId: ZPersonId.nullable(),
  /** the name as it stands in the referat and the PDF */
  responsibleName: text(200).refine((s) => s.trim() !== '', 'expected who is responsible'),
  deadline: ZIsoDate,
  /** 003: a need common to many goes to the leader group and the autumn budget */
  sharedNeed: z.boolean(),
});
export type ActionItem = z.infer<typeof ZActionItem>;

export const ZReferatSection = z.object({
  /** the template section this text belongs to */
  sectionId: z.string().min(1),
  agreedText: text(20_000),
  /** 001 "Leders tilbakemelding"; null where the template section has no such field */
  leaderFeedback: text(20_000).nullable(),
});
export type ReferatSection = z.infer<typeof ZReferatSection>;

/** A yes / no / not relevant check (001); null until it is answered. */
export const ZReferatCheck = z.object({ questionId: z.string().min(1), answer: ZCheckAnswer.nullable() });
export type ReferatCheck = z.infer<typeof ZReferatCheck>;

/** Everything both parties sign: the canonical content is made from exactly these fields. */
export const ZReferatContent = z.object({
  conversationId: z.string().min(1),
  kind: ZConversationKind,
  templateId: z.string().min(1),
  templateVersion: z.number().int().positive(),
  employeeId: ZPersonId,
  /** the leader who holds the conversation; may differ from the manager in the directory (002, 003) */
  conductorId: ZPersonId,
  heldOn: ZIsoDate.nullable(),
  sections: z.array(ZReferatSection),
  checks: z.array(ZReferatCheck),
  actions: z.array(ZActionItem),
  /** 003: «Samtale er gjennomført. Leder og medarbeider er enige om at det ikke er behov for særskilte tiltak» */
  noSpecialActions: z.boolean(),
});
export type ReferatContent = z.infer<typeof ZReferatContent>;

export const ZApprovalRole = z.enum(['leader', 'employee']);
export type ApprovalRole = z.infer<typeof ZApprovalRole>;

/** DESIGN §2.6: who approved, when, and the SHA-256 of the canonical content they approved. */
export const ZApproval = z.object({
  by: ZPersonId,
  role: ZApprovalRole,
  at: z.string().datetime({ offset: true }),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 hex digits'),
});
export type Approval = z.infer<typeof ZApproval>;

/** The conductor's own notes: never archived, never in the PDF, never shown to the employee. */
export const ZPrivateNotes = z.object({ text: text(20_000) });
export type PrivateNotes = z.infer<typeof ZPrivateNotes>;

export const ZReferat = ZReferatContent.extend({
  privateNotes: ZPrivateNotes,
  approvals: z.array(ZApproval),
});
export type Referat = z.infer<typeof ZReferat>;

/** What the employee sees: the content and the approvals. Built by listing fields, not by deleting one. */
export const ZEmployeeReferat = ZReferatContent.extend({ approvals: z.array(ZApproval) });
export type EmployeeReferat = z.infer<typeof ZEmployeeReferat>;

export interface StartReferatInput {
  conversationId: string;
  employeeId: string;
  conductorId: string;
  /** the exact template version the conversation started on */
  template: Template;
  /** facts about the position: a check that does not apply (001 authorisation) is left out */
  conditions: readonly Condition[];
  heldOn?: string | null;
  /** the leader's prepared check answers, carried over so nothing is typed twice */
  leaderAnswers?: PrepAnswers;
}

/** An empty referat with one section per template section and one check per applicable check question. */
export function startReferat(input: StartReferatInput): Referat {
  const { template } = input;
  const checkQuestions = template.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.type === 'check' && (!q.onlyWhen || input.conditions.includes(q.onlyWhen)));
  return ZReferat.parse({
    conversationId: input.conversationId,
    kind: template.kind,
    templateId: template.id,
    templateVersion: template.version,
    employeeId: input.employeeId,
    conductorId: input.conductorId,
    heldOn: input.heldOn ?? null,
    sections: template.sections.map((s) => ({
      sectionId: s.id,
      agreedText: '',
      leaderFeedback: s.leaderFeedback ? '' : null,
    })),
    checks: checkQuestions.map((q) => {
      const prepared = ZCheckAnswer.safeParse(input.leaderAnswers?.[q.id]);
      return { questionId: q.id, answer: prepared.success ? prepared.data : null };
    }),
    actions: [],
    noSpecialActions: false,
    privateNotes: { text: '' },
    approvals: [],
  });
}

/** The referat as the employee may see it: private notes removed (DESIGN §6). */
export function employeeView(referat: Referat): EmployeeReferat {
  return ZEmployeeReferat.parse(referat);
}

/** The signed content alone: no private notes, no approvals. The PDF is rendered from this. */
export function contentOf(referat: Referat): ReferatContent {
  return ZReferatContent.parse(referat);
}
