// Which sign-in the tab uses, and what a failed one means for the person in front of the screen. Pure: no
// msal import, so the initial bundle stays without it and the choice is unit-tested on its own. MSAL's
// errors are told apart by their errorCode, the stable part of msal-browser's error API.
import type { ClientConfig } from '../api/schemas';

/**
 * demo: the demo's own sign-in page; nested: nested app authentication, the host (Teams, Outlook) signs
 * the person in; standalone: the tab opened in a browser, a normal Entra sign-in; not-configured: a
 * production server without a client id or API scope, which nobody can sign in to.
 */
export type SignInFlow = 'demo' | 'nested' | 'standalone' | 'not-configured';

export function chooseSignInFlow(config: ClientConfig, inHost: boolean): SignInFlow {
  if (config.mode === 'demo') return 'demo';
  if (!config.clientId || !config.apiScope) return 'not-configured';
  return inHost ? 'nested' : 'standalone';
}

/** what the sign-in page says and offers after a failure */
export type SignInProblem = 'consent-needed' | 'popup-blocked' | 'cancelled' | 'not-configured' | 'failed';

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);
// the codes of msal's InteractionRequiredAuthError: silent sign-in cannot go on without the person
const INTERACTION_REQUIRED = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'bad_token',
  'interrupted_user',
  'native_account_unavailable',
]);
// AADSTS65001: the user or administrator has not consented to use the application
const CONSENT_ERROR_NO = '65001';

function errorCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { errorCode?: unknown }).errorCode;
  return typeof code === 'string' ? code : null;
}

/** consent is missing: msal's code or sub-error says so, or Entra ID's error number 65001 (AADSTS65001) */
function isConsentMissing(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { errorCode, subError, errorNo } = error as {
    errorCode?: unknown;
    subError?: unknown;
    errorNo?: unknown;
  };
  return errorCode === 'consent_required' || subError === 'consent_required' || errorNo === CONSENT_ERROR_NO;
}

/** Silent sign-in failed in a way only the person can fix: ask them (popup from a click), do not fail. */
export function needsInteraction(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code !== null && INTERACTION_REQUIRED.has(code);
}

export function signInProblem(error: unknown): SignInProblem {
  const code = errorCodeOf(error);
  if (isConsentMissing(error)) return 'consent-needed';
  if (code !== null && POPUP_BLOCKED.has(code)) return 'popup-blocked';
  if (code === 'user_cancelled') return 'cancelled';
  if (error instanceof MissingConfigError) return 'not-configured';
  return 'failed';
}

/** thrown when a production server has not given the tab its client id and API scope */
export class MissingConfigError extends Error {
  constructor() {
    super('the server has no clientId or apiScope for sign-in');
    this.name = 'MissingConfigError';
  }
}

/** what the sign-in page shows: working, a sign-in button (no account yet), or a problem with a way on */
export type SignInState =
  { status: 'working' } | { status: 'ask' } | { status: 'problem'; problem: SignInProblem };

/**
 * The page after a failed sign-in. In a browser with nobody signed in yet the person is asked to sign in
 * (a popup opened from their click is not blocked); every other failure says what happened and offers a
 * button, so the tab is never left blank.
 */
export function stateAfterFailure(
  error: unknown,
  flow: 'nested' | 'standalone',
  silent: boolean,
): SignInState {
  if (
    silent &&
    flow === 'standalone' &&
    needsInteraction(error) &&
    signInProblem(error) !== 'consent-needed'
  ) {
    return { status: 'ask' };
  }
  return { status: 'problem', problem: signInProblem(error) };
}
