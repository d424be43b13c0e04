// One template version in every language, for anyone signed in: the tab and the add-in show a referat's or
// a preparation's questions from the exact version it is on, which may be one HR saved after the page was
// built. A template is the municipality's form, not anyone's answers, so no party check is needed.
import { ZTemplateRef } from '../core/templates/template';
import { AppError } from '../core/errors';
import type { Store } from '../ports/store';
import { templateVersion, type TemplateVersion } from './templates-repo';

export async function getTemplateVersion(
  deps: { store: Store },
  input: { templateId: string; version: number },
): Promise<TemplateVersion> {
  const ref = ZTemplateRef.safeParse({ templateId: input.templateId, templateVersion: input.version });
  if (!ref.success) throw new AppError('not-found', 'no such template version', 'templateVersion');
  return templateVersion(deps.store, ref.data);
}
