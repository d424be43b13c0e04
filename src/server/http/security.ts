import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

// The pages run inside Teams, Outlook and Office; nothing else may frame them (clickjacking).
// Hosts per Microsoft's guidance for Teams tabs and Office add-ins.
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
];

/**
 * Office add-ins must load office.js from Microsoft's CDN (it loads its host-specific parts from there too);
 * only the Outlook task pane's pages may run scripts from it.
 */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * Where msal-browser signs in when no host brokers the token (the tab in a browser, an Outlook without the NAA
 * bridge): it fetches the token endpoint there and renews in a hidden iframe of it when the refresh token
 * has run out. Without it in connect-src and frame-src the production sign-in outside Teams never finished.
 */
export const ENTRA_LOGIN_ORIGIN = 'https://login.microsoftonline.com';

export function securityHeaders(): MiddlewareHandler {
  const everywhere = pageHeaders([]);
  const outlook = pageHeaders([OFFICE_JS_ORIGIN]);
  return (c, next) => (c.req.path.startsWith('/outlook/') ? outlook(c, next) : everywhere(c, next));
}

function pageHeaders(scriptHosts: string[]) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...scriptHosts],
      // Fluent UI (Griffel) inserts style elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", ENTRA_LOGIN_ORIGIN],
      frameSrc: ["'self'", ENTRA_LOGIN_ORIGIN],
      frameAncestors: FRAME_ANCESTORS,
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
    },
    // X-Frame-Options cannot list several hosts; frame-ancestors above is the rule that applies.
    xFrameOptions: false,
    crossOriginEmbedderPolicy: false,
    // msal's popup sign-in reads the popup when it comes back to our redirect page; 'same-origin' (the
    // default) puts the popup in a browsing context group of its own, so the sign-in never returned
    // (AzureAD/microsoft-authentication-library-for-js#6829). Popups keep the opener; nothing else changes.
    crossOriginOpenerPolicy: 'same-origin-allow-popups',
    crossOriginResourcePolicy: 'same-site',
  });
}
