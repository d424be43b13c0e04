// The workspace's queue of unsaved referat changes: one entry per field, the newest text wins, and an action
// added then edited or removed before it was saved reaches the server as one add, or not at all.
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../src/core/referat/referat';
import { createReferatDrafts, enqueue } from '../../../src/tab/conversation/referat-drafts';

const action = (what: string): ActionItem => ({
  id: 'a1',
  what,
  responsibleId: null,
  responsibleName: 'HR',
  deadline: '2027-03-01',
  sharedNeed: false,
});

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear = () => this.items.clear();
  getItem = (key: string) => this.items.get(key) ?? null;
  key = (index: number) => [...this.items.keys()][index] ?? null;
  removeItem = (key: string) => void this.items.delete(key);
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

describe('enqueue', () => {
  it('keeps one entry per field, with the newest text', () => {
    let q = enqueue([], { type: 'section', sectionId: 'mal', agreedText: 'Mål' });
    q = enqueue(q, { type: 'section', sectionId: 'mal', leaderFeedback: 'Bra' });
    q = enqueue(q, { type: 'section', sectionId: 'mal', agreedText: 'Målene er nådd' });
    expect(q.map((p) => p.change)).toEqual([
      { type: 'section', sectionId: 'mal', agreedText: 'Målene er nådd' },
      { type: 'section', sectionId: 'mal', leaderFeedback: 'Bra' },
    ]);
  });

  it('sends an action added and edited before saving as one add; added and removed, as nothing', () => {
    const added = enqueue([], { type: 'add-action', action: action('Kurs') });
    const edited = enqueue(added, { type: 'update-action', action: action('Kurs i DIPS') });
    expect(edited.map((p) => p.change)).toEqual([{ type: 'add-action', action: action('Kurs i DIPS') }]);
    expect(enqueue(edited, { type: 'remove-action', actionId: 'a1' })).toEqual([]);
  });
});

describe('the drafts in sessionStorage', () => {
  it('survive a reload and are gone once empty', () => {
    const storage = new MemoryStorage();
    const pending = enqueue([], { type: 'private-notes', notes: { text: 'Følg opp' } });
    createReferatDrafts(storage).set('c1', pending);
    expect(createReferatDrafts(storage).get('c1')).toEqual(pending);
    expect(createReferatDrafts(storage).get('c2')).toEqual([]);
    createReferatDrafts(storage).set('c1', []);
    expect(storage.length).toBe(0);
  });
});
