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

export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Fluent UI (Griffel) inserts style elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
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
