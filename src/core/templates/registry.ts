// Which templates exist, by id and version. A conversation stores {templateId, templateVersion} when it
// starts and always resolves that exact version, so publishing v2 of a template never changes the
// questions of a conversation that is already being prepared on v1 (issue 3 part 4).
import { AppError } from '../errors';
import type { ConversationKind } from '../org';
import { SHIPPED_TEMPLATES } from './shipped';
import { templateRef, type Template, type TemplateRef } from './template';

export interface TemplateRegistry {
  /** every template version, ordered by id and then version */
  list(): readonly Template[];
  /** exactly this version; not-found if it is not registered */
  get(id: string, version: number): Template;
  /** the newest version of the template for this kind of conversation: what a new conversation starts on */
  latest(kind: ConversationKind): Template;
  /** the template a conversation started on */
  resolve(ref: TemplateRef): Template;
}

export function createTemplateRegistry(templates: readonly Template[]): TemplateRegistry {
  const byKey = new Map<string, Template>();
  const idOfKind = new Map<ConversationKind, string>();
  for (const template of templates) {
    const key = `${template.id}@${template.version}`;
    if (byKey.has(key)) throw new Error(`template ${key} is registered twice`);
    // One template per kind for now. Nome (002) has separate forms per sector; when units may choose,
    // the choice belongs in policy, not in an arbitrary pick here.
    const known = idOfKind.get(template.kind);
    if (known && known !== template.id) {
      throw new Error(`templates ${known} and ${template.id} are both for kind ${template.kind}`);
    }
    idOfKind.set(template.kind, template.id);
    byKey.set(key, template);
  }
  const sorted = [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);

  function get(id: string, version: number): Template {
    const template = byKey.get(`${id}@${version}`);
    if (!template) throw new AppError('not-found', `no template ${id} version ${version}`, 'templateVersion');
    return template;
  }

  return {
    list: () => sorted,
    get,
    latest(kind) {
      const versions = sorted.filter((t) => t.kind === kind);
      const newest = versions[versions.length - 1];
      if (!newest) throw new AppError('not-found', `no template for kind ${kind}`, 'kind');
      return newest;
    },
    resolve: (ref) => get(ref.templateId, ref.templateVersion),
  };
}

const shipped = createTemplateRegistry(SHIPPED_TEMPLATES);

/** Every shipped template version. */
export function listTemplates(): readonly Template[] {
  return shipped.list();
}

/** A shipped template, exactly this version. */
export function getTemplate(id: string, version: number): Template {
  return shipped.get(id, version);
}

/** The newest shipped template for a kind of conversation. */
export function latestTemplate(kind: ConversationKind): Template {
  return shipped.latest(kind);
}

/** What a new conversation of this kind stores: the newest version, fixed from then on. */
export function templateForNewConversation(registry: TemplateRegistry, kind: ConversationKind): TemplateRef {
  return templateRef(registry.latest(kind));
}
