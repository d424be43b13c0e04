// Where each person's 1:1 chat with the bot is kept (the ChatReference Teams gave at installation or the
// last message): one partition per person, so the delivery worker finds a recipient's chat by one point read.
import { z } from 'zod';
import type { ChatReference } from '../ports/messenger';
import { AlreadyExistsError, type Store } from '../ports/store';

const CHATS = 'chatReferences';
const ROW = 'personal';

export const ZChatReference = z.object({
  userId: z.string().min(1),
  conversationId: z.string().min(1),
  serviceUrl: z.string().url(),
  tenantId: z.string().min(1),
  locale: z.string().nullable(),
});

export async function getChatReference(store: Store, userId: string): Promise<ChatReference | null> {
  const row = await store.get<unknown>(CHATS, userId, ROW);
  return row ? ZChatReference.parse(row.value) : null;
}

/** Stores the chat as Teams gave it last; true when this person had no chat stored before. */
export async function saveChatReference(store: Store, chat: ChatReference): Promise<{ firstTime: boolean }> {
  const valid = ZChatReference.parse(chat);
  const existing = await getChatReference(store, valid.userId);
  if (!existing) {
    // Teams sends installationUpdate and conversationUpdate together: the insert lets one of them be first
    try {
      await store.insert(CHATS, valid.userId, ROW, valid);
      return { firstTime: true };
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      return saveChatReference(store, valid);
    }
  }
  // every message refreshes it, but a write only when something changed (serviceUrl moves, the locale); an
  // activity without a locale (some of Teams' events carry none) keeps the one the person's client gave
  const next = { ...valid, locale: valid.locale ?? existing.locale };
  if (!sameChat(existing, next)) await store.put(CHATS, valid.userId, ROW, next);
  return { firstTime: false };
}

/** Forgets a chat Teams says is gone (the app was removed, the bot blocked): the next notice asks for reach. */
export async function forgetChatReference(
  store: Store,
  userId: string,
  conversationId: string,
): Promise<void> {
  const existing = await store.get<unknown>(CHATS, userId, ROW);
  if (!existing) return;
  // only the chat that failed: a newer installation's chat stays
  if (ZChatReference.parse(existing.value).conversationId !== conversationId) return;
  await store.delete(CHATS, userId, ROW, existing.etag);
}

function sameChat(a: ChatReference, b: ChatReference): boolean {
  return (
    a.conversationId === b.conversationId &&
    a.serviceUrl === b.serviceUrl &&
    a.tenantId === b.tenantId &&
    a.locale === b.locale
  );
}
