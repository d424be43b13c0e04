// HR looks at the conversation templates: every version, shipped or saved by HR, in the caller's language,
// with who saved it and which one new conversations start on. The questions are the municipality's form, not
// anyone's answers, so nothing here touches conversation content.
import type { Language } from '../core/org';
import type { Audience, QuestionType } from '../core/templates/template';
import type { Store } from '../ports/store';
import type { HrCaller } from './get-policy-settings';
import { requireHr } from './require-hr';
import { allTemplateVersions } from './templates-repo';

export interface TemplateView {
  id: string;
  version: number;
  kind: string;
  title: string;
  source: string[];
  /** null for a version shipped with the product */
  savedByName: string | null;
  savedAt: string | null;
  /** the newest version of its template: what a new conversation starts on, and what HR edits */
  newest: boolean;
  sections: {
    id: string;
    title: string;
    questions: { id: string; text: string; type: QuestionType; audience: Audience; required: boolean }[];
  }[];
}

export async function listTemplatesForHr(
  deps: { store: Store },
  input: HrCaller & { language: Language },
): Promise<TemplateView[]> {
  requireHr(input.appRoles, input.hrAppRole);
  const lang = input.language;
  const versions = await allTemplateVersions(deps.store);
  const newest = new Map<string, number>();
  for (const { template } of versions)
    newest.set(template.id, Math.max(newest.get(template.id) ?? 0, template.version));
  return versions.map(({ template, savedByName, savedAt }) => ({
    id: template.id,
    version: template.version,
    kind: template.kind,
    title: template.title[lang],
    source: template.source,
    savedByName,
    savedAt,
    newest: newest.get(template.id) === template.version,
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
