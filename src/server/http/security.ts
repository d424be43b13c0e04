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

/** where msal-browser asks for tokens when the Outlook host offers no NAA bridge (older Outlook) */
export const ENTRA_LOGIN_ORIGIN = 'https://login.microsoftonline.com';

export function securityHeaders(): MiddlewareHandler {
  const everywhere = pageHeaders([], []);
  const outlook = pageHeaders([OFFICE_JS_ORIGIN], [ENTRA_LOGIN_ORIGIN]);
  return (c, next) => (c.req.path.startsWith('/outlook/') ? outlook(c, next) : everywhere(c, next));
}

function pageHeaders(scriptHosts: string[], connectHosts: string[]) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...scriptHosts],
      // Fluent UI (Griffel) inserts style elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", ...connectHosts],
      frameAncestors: FRAME_ANCESTORS,
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
    },
    // X-Frame-Options cannot list several hosts; frame-ancestors above is the rule that applies.
    xFrameOptions: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-site',
  });
}
