// Tokens for Samtale's API from Entra ID through msal-browser, for the tab and the Outlook add-in.
// nested: inside Teams or Outlook the host signs the person in and brokers the token (NAA), so there is no
// sign-in page of our own; standalone: in a browser, a normal popup (or redirect) sign-in. msal is loaded
// on first use only, so the demo and the leader overview's initial bundle never download it.
import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import type { AccessToken, ClientConfig } from '../api/schemas';
import { MissingConfigError, needsInteraction } from './sign-in-flow';

export type MsalSession = {
  /** a token without showing anything; throws an interaction-required error when the person must act */
  silent(): Promise<AccessToken>;
  /** sign-in the person sees (the host's prompt when nested); call it from a click, or the popup is blocked */
  interactive(): Promise<AccessToken>;
  /** standalone only: sign in in this window when popups are blocked; the page comes back signed in */
  redirect: (() => Promise<void>) | null;
};

export async function createMsalSession(
  config: ClientConfig,
  flow: 'nested' | 'standalone',
): Promise<MsalSession> {
  const { clientId, apiScope } = config;
  if (!clientId || !apiScope) throw new MissingConfigError();
  const msal = await import('@azure/msal-browser');
  const auth = { clientId, authority: `https://login.microsoftonline.com/${config.tenantId}` };
  const request = { scopes: [apiScope] };

  if (flow === 'nested') {
    const app = await msal.createNestablePublicClientApplication({ auth });
    return {
      silent: async () => toAccessToken(await app.acquireTokenSilent(request)),
      interactive: async () => toAccessToken(await app.acquireTokenPopup(request)),
      redirect: null,
    };
  }

  const app = await msal.createStandardPublicClientApplication({
    // the tab's own page is the redirect URI (docs/deploy.md: the SPA platform lists it)
    auth: { ...auth, redirectUri: `${window.location.origin}${window.location.pathname}` },
    cache: { cacheLocation: 'sessionStorage' },
  });
  // back from a redirect sign-in: that account is the one to use
  const back = await app.handleRedirectPromise();
  if (back?.account) app.setActiveAccount(back.account);
  return {
    silent: async () => {
      const account = activeAccount(app);
      if (!account) throw new msal.InteractionRequiredAuthError('login_required', '', 'no account signed in');
      return toAccessToken(await app.acquireTokenSilent({ ...request, account }));
    },
    interactive: async () => {
      const result = await app.acquireTokenPopup(request);
      if (result.account) app.setActiveAccount(result.account);
      return toAccessToken(result);
    },
    redirect: () => app.acquireTokenRedirect(request),
  };
}

function activeAccount(app: IPublicClientApplication) {
  return app.getActiveAccount() ?? app.getAllAccounts()[0] ?? null;
}

/** Silent first; when the person must act (first use, new consent), the interactive sign-in. */
export async function tokenWithFallback(session: MsalSession): Promise<AccessToken> {
  try {
    return await session.silent();
  } catch (error) {
    if (!needsInteraction(error)) throw error;
    return session.interactive();
  }
}

// msal gives no expiry for some cached results; five minutes is shorter than any token it hands out
const FALLBACK_LIFETIME_MS = 5 * 60_000;

function toAccessToken(result: AuthenticationResult): AccessToken {
  const expiresOn = result.expiresOn ?? new Date(Date.now() + FALLBACK_LIFETIME_MS);
  return { accessToken: result.accessToken, expiresOn: expiresOn.toISOString() };
}
