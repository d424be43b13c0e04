// Nested app authentication (NAA): inside Outlook the host signs the person in and brokers the token for our
// API, so the task pane needs no sign-in page of its own. The same msal session as the Teams tab's
// (tab/auth/msal-token.ts); msal-browser is loaded only in production, so the demo's bundle never fetches it.
import type { ClientConfig } from '../../tab/api/schemas';
import { createMsalSession, tokenWithFallback } from '../../tab/auth/msal-token';

export type TokenSource = () => Promise<string>;

export async function createNaaTokenSource(config: ClientConfig): Promise<TokenSource> {
  const session = await createMsalSession(config, 'nested');
  // first use or new consent: the host shows its own prompt in a popup it brokers
  return async () => (await tokenWithFallback(session)).accessToken;
}
