// HR looks at the conversation templates: every version, in the caller's language. Viewing only; the
// questions are the municipality's form, not anyone's answers, so nothing here touches conversation content.
import type { Language } from '../core/org';
import { listTemplates as shippedTemplates } from '../core/templates/registry';
import type { Audience, QuestionType } from '../core/templates/template';
import type { HrCaller } from './get-policy-settings';
import { requireHr } from './require-hr';

export interface TemplateView {
  id: string;
  version: number;
  kind: string;
  title: string;
  source: string[];
  sections: {
    id: string;
    title: string;
    questions: { id: string; text: string; type: QuestionType; audience: Audience; required: boolean }[];
  }[];
}

export function listTemplatesForHr(input: HrCaller & { language: Language }): TemplateView[] {
  requireHr(input.appRoles, input.hrAppRole);
  const lang = input.language;
  return shippedTemplates().map((template) => ({
    id: template.id,
    version: template.version,
    kind: template.kind,
    title: template.title[lang],
    source: template.source,
    sections: template.sections.map((section) => ({
      id: section.id,
      title: section.title[lang],
      questions: section.questions.map((q) => ({
        id: q.id,
        text: q.text[lang],
        type: q.type,
        audience: q.audience,
        required: q.required ?? false,
      })),
    })),
  }));
}
