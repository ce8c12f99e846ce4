import { renderToString } from 'react-dom/server';
import type { Library } from '#shared/content/schema.js';
import type { StudioClient } from '#renderer/api/client.js';
import { StudioRoot } from './StudioRoot.js';

/**
 * A client that never answers. At build time nothing calls it (calls to main start in effects,
 * which a server render does not run); if one did, it would wait rather than fail the build.
 */
const inertClient = new Proxy({} as StudioClient, {
  get: (_target, domain) => (domain === 'mediaUrl' ? () => '' : new Proxy({}, { get: () => () => new Promise<never>(() => undefined) })),
});

/**
 * The first screen (header and the built-in question list) as HTML, for the built index.html's
 * #root: the same App the page runs, drawn before main has answered. boot.tsx hydrates it with the
 * same library, so the first client render matches this markup.
 */
export function prerenderFirstScreen(builtIn: Library): string {
  return renderToString(<StudioRoot client={inertClient} firstLibrary={builtIn} />);
}
