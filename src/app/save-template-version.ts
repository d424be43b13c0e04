// HR saves an edited template as its next version (issue 6). The draft is checked field by field (a 400 names
// e.g. "sections.2.questions.0.text.nn"), kept questions keep their ids and new ones get ids no earlier
// version used, and the save must build on the newest version the editor loaded: of two HR people editing at
// once, the second is told (409) instead of silently replacing the first one's version. Conversations that
// have started keep the version they pinned; only new ones start on this one (conversation-template.ts).
import { AppError } from '../core/errors';
import { newTemplateVersion } from '../core/templates/template-draft';
import type { Clock } from '../ports/clock';
import { AlreadyExistsError, type Store } from '../ports/store';
import type { HrCaller } from './get-policy-settings';
import { requireHr } from './require-hr';
import { insertTemplateVersion, versionsOf, type TemplateVersion } from './templates-repo';

export interface SaveTemplateInput extends HrCaller {
  userId: string;
  userName: string | null;
  templateId: string;
  /** the newest version the editor was loaded with */
  expectedVersion: number;
  /** the edited template as sent; checked here */
  draft: unknown;
}

export async function saveTemplateVersion(
  deps: { store: Store; clock: Clock },
  input: SaveTemplateInput,
): Promise<TemplateVersion> {
  requireHr(input.appRoles, input.hrAppRole);
  const history = await versionsOf(deps.store, input.templateId);
  const newest = history.at(-1);
  if (!newest) throw new AppError('not-found', `no template ${input.templateId}`, 'templateId');
  if (newest.version !== input.expectedVersion) {
    throw new AppError(
      'template-changed',
      `template ${newest.id} is at version ${newest.version}, not ${input.expectedVersion}`,
      'expectedVersion',
    );
  }
  const template = newTemplateVersion(newest, history, input.draft, newest.version + 1);
  const record = {
    template,
    savedBy: input.userId,
    savedByName: input.userName,
    savedAt: deps.clock.now().toISOString(),
  };
  try {
    await insertTemplateVersion(deps.store, record);
  } catch (error) {
    // another save took the same version number between our read and this write
    if (error instanceof AlreadyExistsError) throw new AppError('template-changed', error.message);
    throw error;
  }
  return { template, savedByName: record.savedByName, savedAt: record.savedAt };
}
