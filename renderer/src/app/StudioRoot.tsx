import { useEffect } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { StudioClient } from '#renderer/api/client.js';
import { ClientContext } from '#renderer/api/ClientContext.js';
import { App } from './App.js';
import { INTERACTIVE_MARK } from './first-screen.js';

/** Notes on the page's timeline when React has taken over the page (hydrated or rendered). */
function Interactive() {
  useEffect(() => void performance.mark(INTERACTIVE_MARK), []);
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
