// The template a conversation runs on, fixed the first time anyone needs it (preparation or referat): a new
// template version published later never changes a conversation that has started (issue: templates as data).
import type { Conversation } from '../core/conversation';
import type { Template } from '../core/templates/template';
import { getTemplate, latestTemplate } from '../core/templates/registry';
import { AlreadyExistsError, type Store } from '../ports/store';

const TEMPLATES = 'conversationTemplates';
const ROW = 'template';

interface PinnedTemplate {
  templateId: string;
  templateVersion: number;
}

export async function conversationTemplate(store: Store, conversation: Conversation): Promise<Template> {
  const pinned = await store.get<PinnedTemplate>(TEMPLATES, conversation.id, ROW);
  if (pinned) return getTemplate(pinned.value.templateId, pinned.value.templateVersion);
  const latest = latestTemplate(conversation.kind);
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
