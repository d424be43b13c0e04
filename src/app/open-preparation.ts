import type { Conversation } from '../core/conversation';
import { languageFromLocale } from '../core/language';
import type { Language } from '../core/org';
import {
  questionsFor,
  type PrepAnswers,
  type PrepSide,
  type Preparation,
} from '../core/preparation/preparation';
import { otherSideAnswers } from '../core/preparation/visibility';
import type { Template } from '../core/templates/template';
import type { Surface } from '../core/audit';
import { requireParty } from './access';
import { audit, type AuditDeps } from './audit-log';
import { conversationTemplate } from './conversation-template';
import { requireConversation } from './conversations-repo';
import { ensurePreparation } from './preparations-repo';
import type { SchedulingDeps } from './scheduling-deps';

/** What the preparation form shows one side, in that person's language. */
export interface PreparationView {
  side: PrepSide;
  conversation: {
    id: string;
    kind: Conversation['kind'];
    start: string;
    end: string;
    employeeName: string;
    conductorName: string;
  };
  template: {
    id: string;
    version: number;
    title: string;
    sections: {
      id: string;
      title: string;
      questions: { id: string; type: 'text' | 'check'; text: string; required: boolean; hint?: string }[];
    }[];
  };
  mine: { answers: PrepAnswers; submittedAt: string | null };
  /**
   * the other side's submitted answers with their questions (in the reader's language, from the version the
   * conversation is on), or null while the visibility rule hides them (DESIGN §2.4)
   */
  other: {
    side: PrepSide;
    answers: PrepAnswers;
    questions: { id: string; type: 'text' | 'check'; text: string }[];
  } | null;
  otherSubmitted: boolean;
  etag: string;
}

type Deps = Pick<SchedulingDeps, 'store' | 'directory' | 'clock' | 'policyFor'>;

/** The caller's own preparation, and the other side's when the rule allows it; the read is logged. */
export async function openPreparation(
  deps: Deps & AuditDeps,
  input: { userId: string; conversationId: string; surface?: Surface },
): Promise<PreparationView> {
  const view = await preparationView(deps, input);
  await audit(deps, {
    actorId: input.userId,
    conversationId: input.conversationId,
    action: 'read-preparation',
    surface: input.surface ?? 'api',
  });
  return view;
}

/** The view without logging a read: for answering a save the caller just made (the save is logged). */
export async function preparationView(
  deps: Deps,
  input: { userId: string; conversationId: string },
): Promise<PreparationView> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  const side: PrepSide = requireParty(conversation, input.userId) === 'conductor' ? 'leader' : 'employee';
  const [template, mine, other, employee, conductor] = await Promise.all([
    conversationTemplate(deps.store, conversation),
    ensurePreparation(deps.store, conversation.id, side),
    ensurePreparation(deps.store, conversation.id, side === 'leader' ? 'employee' : 'leader'),
    deps.directory.getPerson(conversation.employeeId),
    deps.directory.getPerson(conversation.conductorId),
  ]);
  const me = side === 'leader' ? conductor : employee;
  const language = languageFromLocale(me?.preferredLanguage);
  const policy = await deps.policyFor(employee?.department ?? null);
  const preparations = { [side]: mine.value, [other.value.side]: other.value } as Record<
    PrepSide,
    Preparation
  >;
  const visible = otherSideAnswers(
    side,
    { employee: preparations.employee, leader: preparations.leader },
    {
      policyHideUntilBoth: policy.hidePreparationsUntilBothSubmitted,
      meetingStart: conversation.start,
      now: deps.clock.now().toISOString(),
    },
  );
  return {
    side,
    conversation: {
      id: conversation.id,
      kind: conversation.kind,
      start: conversation.start,
      end: conversation.end,
      employeeName: employee?.displayName ?? '',
      conductorName: conductor?.displayName ?? '',
    },
    template: localised(template, side, language),
    mine: { answers: mine.value.answers, submittedAt: mine.value.submittedAt },
    other: visible
      ? {
          side: other.value.side,
          answers: visible,
          questions: questionsFor(template, other.value.side, { conditions: [] }).map((q) => ({
            id: q.id,
            type: q.type,
            text: q.text[language],
          })),
        }
      : null,
    otherSubmitted: other.value.submittedAt !== null,
    etag: mine.etag,
  };
}

function localised(template: Template, side: PrepSide, language: Language): PreparationView['template'] {
  // Whether the position needs HPR authorisation (001) is not known yet: such checks are left out.
  const mine = new Set(questionsFor(template, side, { conditions: [] }).map((q) => q.id));
  return {
    id: template.id,
    version: template.version,
    title: template.title[language],
    sections: template.sections
      .map((section) => ({
        id: section.id,
        title: section.title[language],
        questions: section.questions
          .filter((q) => mine.has(q.id))
          .map((q) => ({
            id: q.id,
            type: q.type,
            text: q.text[language],
            required: q.required ?? false,
            ...(q.hint ? { hint: q.hint[language] } : {}),
          })),
      }))
      .filter((section) => section.questions.length > 0),
  };
}
