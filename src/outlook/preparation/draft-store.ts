// What the person typed and the server has not confirmed yet, per conversation, in sessionStorage: a lost
// connection, a failed save or a reload of the pane never loses it. Cleared once the server has it.
import { z } from 'zod';
import type { Answers } from '../api/schemas';

const ZDraft = z.record(z.string(), z.string());
const key = (conversationId: string) => `samtale.preparationDraft.${conversationId}`;

export type DraftStore = {
  get(conversationId: string): Answers | null;
  set(conversationId: string, answers: Answers): void;
  clear(conversationId: string): void;
};

export function createDraftStore(storage: Storage): DraftStore {
  return {
    get(conversationId) {
      const raw = storage.getItem(key(conversationId));
      if (!raw) return null;
      try {
        const parsed = ZDraft.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    set: (conversationId, answers) => storage.setItem(key(conversationId), JSON.stringify(answers)),
    clear: (conversationId) => storage.removeItem(key(conversationId)),
  };
}
