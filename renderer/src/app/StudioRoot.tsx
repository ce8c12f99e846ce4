import { useEffect } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { StudioClient } from '#renderer/api/client.js';
import { ClientContext } from '#renderer/api/ClientContext.js';
import { App } from './App.js';
import { INTERACTIVE_MARK } from './first-screen.js';

/**
 * Once React has taken over the page (hydrated or rendered): the prerendered markup comes inert
 * (renderer/vite.config.ts), so it answers clicks from now on; and a mark on the page's timeline.
 */
function Interactive() {
  useEffect(() => {
    document.getElementById('root')?.removeAttribute('inert');
    performance.mark(INTERACTIVE_MARK);
  }, []);
  return null;
}

/**
 * The whole tree, the same for the build's server render and the page: hydration matches them
 * element by element (and useId by position), so both must render exactly this.
 */
export function StudioRoot({ client, firstLibrary }: { client: StudioClient; firstLibrary?: Library }) {
  return (
    <ClientContext.Provider value={client}>
      <App firstLibrary={firstLibrary} />
      <Interactive />
    </ClientContext.Provider>
  );
}
