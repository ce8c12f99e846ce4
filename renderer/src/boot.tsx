import { createRoot } from 'react-dom/client';
import type { StudioClient } from './api/client.js';
import { ClientContext } from './api/ClientContext.js';
import { App } from './app/App.js';

/** Renders the app into #root; main.tsx calls it once React and the app have loaded. */
export function boot(client: StudioClient): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <ClientContext.Provider value={client}>
      <App />
    </ClientContext.Provider>,
  );
}
