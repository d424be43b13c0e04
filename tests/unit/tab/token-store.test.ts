import { describe, expect, it } from 'vitest';
import { createTokenStore } from '../../../src/tab/auth/token-store';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('createTokenStore', () => {
  const now = new Date('2026-03-01T10:00:00Z');

  it('gives back a stored token until it expires', () => {
    const store = createTokenStore(memoryStorage());
    store.set({ accessToken: 'abc', expiresOn: '2026-03-01T11:00:00Z' });
    expect(store.get(now)).toBe('abc');
    expect(store.get(new Date('2026-03-01T11:00:00Z'))).toBeNull();
  });

  it('forgets the token on clear', () => {
    const store = createTokenStore(memoryStorage());
    store.set({ accessToken: 'abc', expiresOn: '2026-03-01T11:00:00Z' });
    store.clear();
    expect(store.get(now)).toBeNull();
  });

  it('treats a damaged stored value as signed out', () => {
    const storage = memoryStorage();
    storage.setItem('samtale.accessToken', '{not json');
    expect(createTokenStore(storage).get(now)).toBeNull();
  });

  it('treats a stored value without a token or a real expiry as signed out', () => {
    for (const value of [
      { accessToken: '', expiresOn: '2026-03-01T11:00:00Z' },
      { accessToken: 'abc', expiresOn: 'soon' },
      { accessToken: 'abc' },
      null,
      'abc',
    ]) {
      const storage = memoryStorage();
      storage.setItem('samtale.accessToken', JSON.stringify(value));
      expect(createTokenStore(storage).get(now)).toBeNull();
      expect(storage.getItem('samtale.accessToken')).toBeNull();
    }
  });
});
