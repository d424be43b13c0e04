// Entry of the Outlook add-in task pane (dist/outlook/). office.js comes from Microsoft's CDN through a
// script tag in index.html (webpack.config.js); the code finds it, or its absence, in office/office-api.ts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTokenStore } from '../tab/auth/token-store';
import { OutlookRoot } from './OutlookRoot';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <OutlookRoot tokens={createTokenStore(window.sessionStorage)} />
  </StrictMode>,
);
