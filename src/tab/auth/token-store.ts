// The demo access token lives in sessionStorage: it survives a reload of the tab but not closing it, and
// it is never shared with another tab or user of the same browser profile.
import type { AccessToken } from '../api/schemas';

const KEY = 'samtale.accessToken';

export type TokenStore = {
  /** the token if one is stored and not expired at `now` */
  get(now: Date): string | null;
  set(token: AccessToken): void;
  clear(): void;
};

export function createTokenStore(storage: Storage): TokenStore {
  return {
    get(now) {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      const token = asToken(safeJson(raw));
      if (!token || Date.parse(token.expiresOn) <= now.getTime()) {
        storage.removeItem(KEY);
        return null;
      }
      return token.accessToken;
    },
    set(token) {
      storage.setItem(KEY, JSON.stringify(token));
    },
    clear() {
      storage.removeItem(KEY);
    },
  };
}

/**
 * The stored value checked by hand, not with zod (api/schemas.ts): start-early.ts reads the token before
 * zod has run, so the first requests leave sooner. Anything else than a token with a real date is no token.
 */
function asToken(value: unknown): AccessToken | null {
  if (typeof value !== 'object' || value === null) return null;
  const { accessToken, expiresOn } = value as Record<string, unknown>;
  if (typeof accessToken !== 'string' || accessToken === '') return null;
  if (typeof expiresOn !== 'string' || Number.isNaN(Date.parse(expiresOn))) return null;
  return { accessToken, expiresOn };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
