// Where HR's template versions live, beside the shipped ones: 'templates'/<template id>/<version> holds one
// version with who saved it and when. Shipped versions are JSON in the code and never change; stored ones
// are written once and never replaced, so a conversation pinned to a version reads the same questions for
// as long as it is kept (DESIGN §5: templates are the municipality's data, versioned).
import { z } from 'zod';
import { AppError } from '../core/errors';
import type { ConversationKind } from '../core/org';
import { createTemplateRegistry, listTemplates, type TemplateRegistry } from '../core/templates/registry';
import { ZTemplate, type Template, type TemplateRef } from '../core/templates/template';
import type { Store } from '../ports/store';
import { versionKey } from './policy-repo';

export const TEMPLATES_TABLE = 'templates';

export const ZTemplateRecord = z.object({
  template: ZTemplate,
  /** Entra object id of the HR person who saved it */
  savedBy: z.string(),
  savedByName: z.string().nullable(),
  savedAt: z.string(),
});
export type TemplateRecord = z.infer<typeof ZTemplateRecord>;

/** A template version and where it came from: shipped with the product (no saver) or saved by HR. */
export interface TemplateVersion {
  template: Template;
  savedByName: string | null;
  savedAt: string | null;
}

/** The versions HR saved of one template, oldest first. A row that no longer parses is left out. */
export async function storedVersions(store: Store, templateId: string): Promise<TemplateRecord[]> {
  const rows = await store.list<unknown>(TEMPLATES_TABLE, templateId);
  return rows.flatMap((row) => {
    const parsed = ZTemplateRecord.safeParse(row.value);
    return parsed.success && parsed.data.template.id === templateId ? [parsed.data] : [];
  });
}

/** Stores a new version; AlreadyExistsError when another save took that version number first. */
export async function insertTemplateVersion(store: Store, record: TemplateRecord): Promise<void> {
  await store.insert(TEMPLATES_TABLE, record.template.id, versionKey(record.template.version), record);
}

/** Every version of every template, shipped and stored, with who saved each, by id and then version. */
export async function allTemplateVersions(store: Store): Promise<TemplateVersion[]> {
  return mergedVersions(store);
}

async function mergedVersions(store: Store, templateId?: string): Promise<TemplateVersion[]> {
  const shipped = listTemplates().filter((t) => templateId === undefined || t.id === templateId);
  const ids = [...new Set(shipped.map((t) => t.id))];
  const stored = (await Promise.all(ids.map((id) => storedVersions(store, id)))).flat();
  // A stored version wins over a shipped one with the same number: conversations were pinned to the one
  // that existed when they started, and only the stored one can have existed first (see the README).
  const storedKeys = new Set(stored.map((r) => `${r.template.id}@${r.template.version}`));
  return [
    ...shipped
      .filter((t) => !storedKeys.has(`${t.id}@${t.version}`))
      .map((template) => ({ template, savedByName: null, savedAt: null })),
    ...stored.map((r) => ({ template: r.template, savedByName: r.savedByName, savedAt: r.savedAt })),
  ].sort((a, b) => a.template.id.localeCompare(b.template.id) || a.template.version - b.template.version);
}

/** The registry of one template's versions (or of all), shipped and stored. */
async function registryOf(store: Store, templateId?: string): Promise<TemplateRegistry> {
  return createTemplateRegistry((await mergedVersions(store, templateId)).map((v) => v.template));
}

/** One version with who saved it; not-found when there is no such version. */
export async function templateVersion(store: Store, ref: TemplateRef): Promise<TemplateVersion> {
  const found = (await mergedVersions(store, ref.templateId)).find(
    (v) => v.template.id === ref.templateId && v.template.version === ref.templateVersion,
  );
  if (!found) throw new AppError('not-found', `no template ${ref.templateId} version ${ref.templateVersion}`);
  return found;
}

/** Exactly the version a conversation or referat is on; not-found when there is no such version. */
export async function resolveTemplate(store: Store, ref: TemplateRef): Promise<Template> {
  return (await registryOf(store, ref.templateId)).resolve(ref);
}

/** The newest version for a kind of conversation, stored or shipped: what a new conversation pins. */
export async function newestTemplate(store: Store, kind: ConversationKind): Promise<Template> {
  const id = listTemplates().find((t) => t.kind === kind)?.id;
  return (await registryOf(store, id)).latest(kind);
}

/** Every version of one template, oldest first. */
export async function versionsOf(store: Store, templateId: string): Promise<Template[]> {
  return (await registryOf(store, templateId)).list().filter((t) => t.id === templateId);
}
