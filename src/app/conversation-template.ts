// The template a conversation runs on, fixed the first time anyone needs it (preparation or referat): a new
// template version published later never changes a conversation that has started (issue: templates as data).
// The newest version is HR's latest saved one when there is one, else the shipped one (templates-repo.ts).
import type { Conversation } from '../core/conversation';
import type { Template } from '../core/templates/template';
import { AlreadyExistsError, type Store } from '../ports/store';
import { newestTemplate, resolveTemplate } from './templates-repo';

const TEMPLATES = 'conversationTemplates';
const ROW = 'template';

interface PinnedTemplate {
  templateId: string;
  templateVersion: number;
}

export async function conversationTemplate(store: Store, conversation: Conversation): Promise<Template> {
  const pinned = await store.get<PinnedTemplate>(TEMPLATES, conversation.id, ROW);
  if (pinned) return resolveTemplate(store, pinned.value);
  const latest = await newestTemplate(store, conversation.kind);
  try {
    await store.insert<PinnedTemplate>(TEMPLATES, conversation.id, ROW, {
      templateId: latest.id,
      templateVersion: latest.version,
    });
    return latest;
  } catch (error) {
    // another request pinned it first: theirs stands
    if (!(error instanceof AlreadyExistsError)) throw error;
    return conversationTemplate(store, conversation);
  }
}
