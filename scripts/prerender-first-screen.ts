import { formatContentErrors, loadContentDir } from '#electron/services/library/library.js';
import { prerenderFirstScreen } from '#renderer/app/prerender.js';

/**
 * The first screen's HTML for the built index.html, drawn from the built-in content folder that
 * ships with the app (the library main will answer with, less the person's own questions). The
 * renderer's Vite build runs this through Vite's module runner (renderer/vite.config.ts).
 */
export async function firstScreenHtml(contentDir: string): Promise<string> {
  const content = await loadContentDir(contentDir);
  if (!content.ok) throw new Error(`The built-in question bank is invalid:\n${formatContentErrors(content.errors)}`);
  return prerenderFirstScreen(content.library);
}
