// The referat changes this window has made and the server has not confirmed, per conversation and field, in
// sessionStorage: a reload, a lost connection or a failed save never loses what was typed. An entry is removed
// once the server has it.
import { z } from 'zod';
import { ZReferatChange, type ReferatChange } from '../../core/referat/edit';

export type PendingChange = { key: string; change: ReferatChange };

const ZPending = z.array(z.object({ key: z.string(), change: ZReferatChange }));
const storageKey = (conversationId: string) => `samtale.referatDraft.${conversationId}`;

export type ReferatDrafts = {
  get(conversationId: string): PendingChange[];
  set(conversationId: string, pending: readonly PendingChange[]): void;
};

export function createReferatDrafts(storage: Storage): ReferatDrafts {
  return {
    get(conversationId) {
      try {
        const parsed = ZPending.safeParse(JSON.parse(storage.getItem(storageKey(conversationId)) ?? '[]'));
        return parsed.success ? parsed.data : [];
      } catch {
        return [];
      }
    },
    set(conversationId, pending) {
      if (pending.length === 0) storage.removeItem(storageKey(conversationId));
      else storage.setItem(storageKey(conversationId), JSON.stringify(pending));
    },
  };
}

/** Which field a change writes: a newer change to the same field replaces the older unsaved one. */
export function fieldOf(change: ReferatChange): string {
  switch (change.type) {
    case 'section':
      return `section:${change.sectionId}:${change.agreedText !== undefined ? 'agreed' : 'feedback'}`;
    case 'check':
      return `check:${change.questionId}`;
    case 'add-action':
    case 'update-action':
      return `action:${change.action.id}`;
    case 'remove-action':
      return `action:${change.actionId}`;
    default:
      return change.type;
  }
}

/**
 * Queues a change. An action added and then edited before the add was saved stays one add with the new
 * content; added and removed before saving, it never reaches the server.
 */
export function enqueue(pending: readonly PendingChange[], change: ReferatChange): PendingChange[] {
  const key = fieldOf(change);
  const index = pending.findIndex((p) => p.key === key);
  if (index < 0) return [...pending, { key, change }];
  const old = pending[index]!.change;
  if (old.type === 'add-action' && change.type === 'remove-action')
    return pending.filter((_, i) => i !== index);
  const merged: ReferatChange =
    old.type === 'add-action' && change.type === 'update-action' ? { ...change, type: 'add-action' } : change;
  return pending.map((p, i) => (i === index ? { key, change: merged } : p));
}
