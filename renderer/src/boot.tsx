import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import type { StudioClient } from './api/client.js';
import { builtInPart } from './app/first-screen.js';
import { peekStartupLibrary } from './app/startup-data.js';
import { StudioRoot } from './app/StudioRoot.js';

/**
 * Renders the app into #root; main.tsx calls it once React and the app have loaded. A built page
 * holds the first screen prerendered (renderer/vite.config.ts): it is hydrated with the built-in
 * questions from main's library, the data it was drawn from, so React keeps the DOM as it is.
 * Without that markup (the dev server) or without a library, the app renders from scratch.
 */
export async function boot(client: StudioClient): Promise<Root> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  if (root.firstElementChild) {
    const library = await peekStartupLibrary(client)?.catch(() => undefined);
    if (library) {
      return hydrateRoot(root, <StudioRoot client={client} firstLibrary={builtInPart(library)} />);
    }
    // Main could not answer: the app says so in place of the list it cannot use.
    root.replaceChildren();
  }
  const fresh = createRoot(root);
  fresh.render(<StudioRoot client={client} />);
  return fresh;
}
