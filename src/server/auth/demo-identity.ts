// The demo's own token issuer. It stands in for Entra ID on the embedded defaults: it signs tokens
// shaped like Entra's v2.0 access tokens with a key made at start-up, and the server checks them with
// the same verifier it uses in production. It exists only in demo mode (the composition root never
// builds it otherwise), so "pick who you are" can never reach a real tenant.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { JWTVerifyGetKey } from 'jose';

export const DEMO_AUDIENCE = 'api://samtale-demo';
export const DEMO_SCOPE = 'access_as_user';
export const DEMO_AUTHORITY = 'https://login.microsoftonline.com';

export interface DemoIdentity {
  /** keys for the verifier */
  keys: JWTVerifyGetKey;
  /** a user token for the tab (oid, tid, scp) */
  signUserToken(user: {
    id: string;
    name: string;
    appRoles: string[];
  }): Promise<{ token: string; expiresOn: Date }>;
  /** an app-only token, as client credentials would give, for the Graph emulator */
  signAppToken(): Promise<string>;
  /**
   * the bot's token for the Bot Connector (the Agents Playground's mocked one in the demo): the Teams SDK
   * reads it as a JWT, so it is one, signed like the rest, with the Bot Framework's audience
   */
  signBotToken(botId: string): Promise<string>;
}

/**
 * `now` is the demo's time, for the tokens the demo's own server checks (tests may fix it). App tokens go to
 * the Graph emulator, which stands in for a service living in real time, so they are signed on the real clock.
 */
export async function createDemoIdentity(opts: { tenantId: string; now: () => Date }): Promise<DemoIdentity> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = 'demo-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const keys = createLocalJWKSet({ keys: [jwk] });
  const issuer = `${DEMO_AUTHORITY}/${opts.tenantId}/v2.0`;
  const lifetimeSeconds = 60 * 60;

  async function sign(claims: Record<string, unknown>, audience: string, now: Date) {
    const iat = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({ ...claims, tid: opts.tenantId, ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(iat + lifetimeSeconds)
      .sign(privateKey);
    return { token, expiresOn: new Date((iat + lifetimeSeconds) * 1000) };
  }

  // like msal in production (production.ts), the app token is reused until shortly before it expires:
  // signing a fresh one for every Graph call cost an RSA signature per call (issue 9 load bench)
  let appToken: Promise<{ token: string; expiresOn: Date }> | null = null;
  const appTokenMarginMs = 5 * 60 * 1000;
  function cachedAppToken(): Promise<string> {
    const pending = (appToken ??= sign(
      { roles: ['User.Read.All'] },
      'https://graph.microsoft.com',
      new Date(),
    ));
    pending.catch(() => (appToken = null));
    return pending.then((t): string | Promise<string> => {
      if (t.expiresOn.getTime() - Date.now() > appTokenMarginMs) return t.token;
      appToken = null;
      return cachedAppToken();
    });
  }

  return {
    keys,
    signUserToken: (user) =>
      sign(
        { oid: user.id, name: user.name, roles: user.appRoles, scp: DEMO_SCOPE },
        DEMO_AUDIENCE,
        opts.now(),
      ),
    signAppToken: cachedAppToken,
    signBotToken: async (botId) =>
      (await sign({ appid: botId, azp: botId }, 'https://api.botframework.com', new Date())).token,
  };
}
