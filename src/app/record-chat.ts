// Installation and every message keep the person's chat with the bot current (DESIGN §2.3: the invitation
// goes there later). Only the municipality's own tenant: a chat from any other tenant is refused, so a
// foreign account can never receive notices or act on cards.
import { AppError } from '../core/errors';
import type { ChatReference } from '../ports/messenger';
import type { Store } from '../ports/store';
import { saveChatReference } from './chat-references-repo';

export async function recordChat(
  deps: { store: Store; tenantId: string },
  chat: ChatReference,
): Promise<{ firstTime: boolean }> {
  if (chat.tenantId !== deps.tenantId)
    throw new AppError('forbidden', `a chat from tenant ${chat.tenantId} is not this municipality's`);
  return saveChatReference(deps.store, chat);
}
