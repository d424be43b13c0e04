// The employee's preparation form as a card (004: the employee's column of the form), built from the
// template's questions so the card, the tab and the Outlook add-in always ask the same things.
// Text questions are multi-line text inputs; check questions are Ja / Nei / Ikke aktuelt (001).
//
// A required question is isRequired in the card. Adaptive Cards 1.5 validates every associated input on
// every Action.Execute, so "Save draft" also asks for the required answers; a draft with those open is
// saved from the tab or the add-in, which autosave.
import { z } from 'zod';
import template from '../../adaptive-cards/preparation-form.json';
import { KIND_NAMES } from '../core/kind-names';
import type { Language } from '../core/org';
import { MAX_ANSWER_LENGTH, questionsFor, ZPrepAnswers } from '../core/preparation/preparation';
import { ZCondition, ZTemplate, type Template } from '../core/templates/template';
import { expandCard, ZCardRef, ZInstant, ZUserId, type AdaptiveCard } from './card';
import { formatMeetingTime } from './format';
import { CARD_TEXTS } from './texts';
import { CARD_VERBS } from './verbs';

export const ZPreparationFormCardData = ZCardRef.extend({
  employeeUserId: ZUserId,
  /** the exact template version the conversation started on */
  template: ZTemplate,
  /** facts about the position (001: authorisation questions only where the contract requires it) */
  conditions: z.array(ZCondition),
  start: ZInstant,
  end: ZInstant,
  /** 002: the leader's special topics from the invitation, to think about while preparing; empty when none */
  specialTopics: z.string(),
  /** the saved draft, so the card opens where the employee left off */
  answers: ZPrepAnswers,
  /** the version of the saved answers this card shows: a save from an older card is a conflict, not a loss */
  etag: z.string().default(''),
  /** a sentence above the questions (the answers changed elsewhere, or what was wrong); empty for none */
  message: z.string().default(''),
});
export type PreparationFormCardData = z.input<typeof ZPreparationFormCardData>;

/** The template's sections with only the employee's questions, in the language; empty sections left out. */
function employeeSections(
  template: Template,
  conditions: z.output<typeof ZPreparationFormCardData>['conditions'],
  language: Language,
  answers: Record<string, string>,
) {
  const mine = new Set(questionsFor(template, 'employee', { conditions }).map((q) => q.id));
  return template.sections
    .map((section) => ({
      title: section.title[language],
      questions: section.questions
        .filter((q) => mine.has(q.id))
        .map((q) => ({
          id: q.id,
          type: q.type,
          text: q.text[language],
          hint: q.hint?.[language] ?? '',
          required: q.required === true,
          value: answers[q.id] ?? '',
        })),
    }))
    .filter((section) => section.questions.length > 0);
}

export function preparationFormCard(data: PreparationFormCardData, language: Language): AdaptiveCard {
  const d = ZPreparationFormCardData.parse(data);
  const t = CARD_TEXTS[language];
  return expandCard(template, {
    t: {
      ...t.preparation,
      topics: t.invitation.topics,
      title: t.preparation.title(KIND_NAMES[d.template.kind][language]),
    },
    verbs: CARD_VERBS,
    conversationId: d.conversationId,
    cardVersion: d.cardVersion,
    userIds: [d.employeeUserId],
    when: formatMeetingTime(d.start, d.end, language),
    topics: d.specialTopics.trim(),
    maxAnswerLength: MAX_ANSWER_LENGTH,
    sections: employeeSections(d.template, d.conditions, language, d.answers),
    etag: d.etag,
    message: d.message,
  });
}
