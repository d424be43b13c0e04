// Entry of the Teams tab bundle (dist/tab/); start-early.ts has run before it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeOverEarly } from './api/early';
import { createTokenStore } from './auth/token-store';
import { Root } from './Root';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <Root tokens={createTokenStore(window.sessionStorage)} early={takeOverEarly()} />
  </StrictMode>,
);
