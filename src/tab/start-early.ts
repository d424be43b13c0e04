// The tab's first script (webpack.config.js): asks for the first answers (api/early.ts) while the browser
// still reads the rest of the bundle. It imports nothing that needs React, Fluent or zod, so it is small and
// runs at once; index.tsx picks the answers up from where this leaves them.
import { handOverEarly, startEarly } from './api/early';
import { createTokenStore } from './auth/token-store';

handOverEarly(() =>
  startEarly({ tokens: createTokenStore(window.sessionStorage), hash: window.location.hash }),
);
