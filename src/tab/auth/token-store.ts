// The demo access token lives in sessionStorage: it survives a reload of the tab but not closing it, and
// it is never shared with another tab or user of the same browser profile.
import { ZAccessToken, type AccessToken } from '../api/schemas';

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
      const parsed = ZAccessToken.safeParse(safeJson(raw));
      if (!parsed.success || Date.parse(parsed.data.expiresOn) <= now.getTime()) {
        storage.removeItem(KEY);
        return null;
      }
      return parsed.data.accessToken;
    },
    set(token) {
      storage.setItem(KEY, JSON.stringify(token));
    },
    clear() {
      storage.removeItem(KEY);
    },
  };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
