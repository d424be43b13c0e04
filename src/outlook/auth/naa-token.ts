// Nested app authentication (NAA): inside Outlook the host signs the person in and brokers the token for our
// API, so the task pane needs no sign-in page of its own. msal-browser is loaded only here, in production, so
// the demo's bundle never fetches it.
import type { ClientConfig } from '../../tab/api/schemas';

export type TokenSource = () => Promise<string>;

export async function createNaaTokenSource(config: ClientConfig): Promise<TokenSource> {
  if (!config.clientId || !config.apiScope) throw new Error('the server has no clientId or apiScope for NAA');
  const msal = await import('@azure/msal-browser');
  const app = await msal.createNestablePublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
    },
  });
  const request = { scopes: [config.apiScope] };
  return async () => {
    try {
      return (await app.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      // first use or new consent: the host shows its own prompt in a popup it brokers
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
      return (await app.acquireTokenPopup(request)).accessToken;
    }
  };
}
