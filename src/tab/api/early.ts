// The first answers a page needs, asked for as soon as the bundle runs. Without this the tab asks one after
// the other (config, then who am I, then the team), each after React has rendered the step before; with it
// the three are on the way together while React starts. An answer is used once, by the same token, while
// fresh; anything else (another sign-in, a retry, a later visit) asks the server again.
import type { TokenStore } from '../auth/token-store';
import { parseRoute } from '../routing/paths';
import { requestHeaders } from './headers';

const FRESH_MS = 30_000;

type Early = { token: string | null; at: number; response: Promise<Response> };

export type EarlyResponses = {
  /** the answer already on its way for a GET of `path` with `token`, once */
  take(path: string, token: string | null): Promise<Response> | undefined;
};

export function startEarly(options: {
  tokens: TokenStore;
  hash: string;
  fetch?: typeof fetch;
  now?: () => number;
}): EarlyResponses {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;
  const token = options.tokens.get(new Date(now()));
  const paths = ['/api/config'];
  if (token) paths.push('/api/me');
  // the start page of a leader; someone else gets a refusal nobody reads
  if (token && parseRoute(options.hash).name === 'home') paths.push('/api/team');

  const waiting = new Map<string, Early>();
  for (const path of paths) {
    const response = doFetch(path, { headers: requestHeaders({ token, surface: 'tab' }) });
    // a failure is for whoever takes the answer; one nobody takes must not be an unhandled rejection
    response.catch(() => undefined);
    waiting.set(path, { token, at: now(), response });
  }
  return {
    take(path, askedWith) {
      const early = waiting.get(path);
      if (!early) return undefined;
      waiting.delete(path);
      if (early.token !== askedWith || now() - early.at > FRESH_MS) return undefined;
      return early.response;
    },
  };
}

// start-early.ts is its own script with its own copy of the modules, so the answers pass through the window.
// It is loaded async and may, rarely, arrive after the app has started: then it asks for nothing.
const HANDOVER = Symbol.for('samtale.early');
type Holder = Record<symbol, EarlyResponses | null | undefined>;

export function handOverEarly(start: () => EarlyResponses): void {
  const holder = window as unknown as Holder;
  if (!(HANDOVER in holder)) holder[HANDOVER] = start();
}

/** what start-early.ts left, once; undefined where it did not run (a test, the Outlook task pane) */
export function takeOverEarly(): EarlyResponses | undefined {
  const holder = window as unknown as Holder;
  const early = holder[HANDOVER] ?? undefined;
  holder[HANDOVER] = null;
  return early;
}
