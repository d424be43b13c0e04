// The employee's answers as a person reads them: the question, then the answer in words ("Ikke aktuelt",
// not "not-relevant"), section by section. Shared by the sent view and anything that shows answers back.
import type { Language } from '../core/org';
import { questionsFor, type PrepAnswers, type PrepContext } from '../core/preparation/preparation';
import type { Template } from '../core/templates/template';
import { CARD_TEXTS } from './texts';

// A long answer is cut here on the card, so thirty full answers cannot push it past what Teams delivers
// (card.ts); the whole text is one click away in the tab.
export const MAX_SHOWN_ANSWER = 600;

function shorten(text: string): string {
  return text.length <= MAX_SHOWN_ANSWER ? text : `${text.slice(0, MAX_SHOWN_ANSWER - 1).trimEnd()}…`;
}

export interface AnsweredSection {
  title: string;
  questions: { text: string; answer: string; unanswered: boolean }[];
}

export function answeredSections(
  template: Template,
  context: PrepContext,
  answers: PrepAnswers,
  language: Language,
): AnsweredSection[] {
  const t = CARD_TEXTS[language].preparation;
  const checkWords: Record<string, string> = { yes: t.yes, no: t.no, 'not-relevant': t.notRelevant };
  const mine = new Set(questionsFor(template, 'employee', context).map((q) => q.id));
  return template.sections
    .map((section) => ({
      title: section.title[language],
      questions: section.questions
        .filter((q) => mine.has(q.id))
        .map((q) => {
          const raw = (answers[q.id] ?? '').trim();
          const answer = q.type === 'check' ? (checkWords[raw] ?? '') : raw;
          return {
            text: q.text[language],
            answer: shorten(answer) || t.unanswered,
            unanswered: answer === '',
          };
        }),
    }))
    .filter((section) => section.questions.length > 0);
}
