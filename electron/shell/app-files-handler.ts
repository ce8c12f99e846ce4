import { contentSecurityPolicy } from '#electron/core/security/csp.js';
import { MEDIA_SCHEME } from './security/schemes.js';
import { readStaticFile } from '#electron/core/static-files.js';

/**
 * Serves the built renderer on `studio://app/…` in Electron, with the same CSP the browser
 * host sends. A web-standard handler, so it is tested in Node like the media handler.
 */
export function createAppFilesHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const csp = contentSecurityPolicy(`${MEDIA_SCHEME}:`);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const { pathname } = new URL(request.url);
    const file = await readStaticFile(rendererDir, pathname === '/' ? 'index.html' : pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: { 'content-type': file.type, 'content-security-policy': csp, 'x-content-type-options': 'nosniff' },
    });
  };
}
