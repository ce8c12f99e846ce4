import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BINARY_CONTENT_TYPE, decodeBinaryRequest, decodeWire, encodeWire } from '#shared/contract/wire.js';
import { fail } from '#shared/contract/errors.js';
import type { Studio } from '#electron/core/open-studio.js';
import { contentSecurityPolicy } from '#electron/core/security/csp.js';
import { readBody, sendWebResponse, toWebRequest } from './node-adapter.js';
import { isAllowedHost, isAllowedOrigin, presentedTokens, signatureMatches, tokenMatches } from './request-guard.js';
import { readStaticFile } from '#electron/core/static-files.js';

/**
 * The largest piece is 4 MiB (an import's): binary, that is 4 MiB and a short head; a script that
 * sends it base64'd in JSON needs about 5.6 MB. Anything much bigger is not ours.
 */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
export const BRIDGE_PATH = '/studio-bridge.js';

export interface BrowserHostOptions {
  studio: Studio;
  rendererDir: string;
  bridgeScript: string;
  token: string;
  port: number;
}

/**
 * Vite names each built script and style after a hash of its content (`/assets/<name>-<hash>.js`),
 * so a browser may keep them for good: a reload then reuses them and the code the browser compiled
 * from them. They hold nothing of the person's. The page itself carries the token, and everything
 * else is the person's data: never stored.
 */
export function cacheControlFor(pathname: string): string {
  return /^\/assets\/[^/]+-[\w-]{8,}\.(?:js|css)$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-store';
}

/**
 * The browser host: a second front door to the same dispatcher and media handler, for
 * running the app in a plain browser where no Electron binary exists. Listens on 127.0.0.1.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<{ url: string; port: number; close(): Promise<void> }> {
  let port = options.port;
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error');
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const security = {
      'content-security-policy': contentSecurityPolicy(null),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    };
    const deny = (why: string) => {
      res.writeHead(403, { ...security, 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Forbidden: ${why}`);
    };
    if (!isAllowedHost(req.headers.host, port)) return deny('unknown host');
    if (!isAllowedOrigin(req.headers.origin, port)) return deny('foreign origin');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const isPage = url.pathname === '/' || url.pathname === '/index.html';
    const isApi = url.pathname.startsWith('/api/');
    const isFile = url.pathname.startsWith('/media/') || url.pathname.startsWith('/exports/');
    const hasToken = presentedTokens(url, req.headers).some((t) => tokenMatches(t, options.token));
    // The app's own scripts and styles hold nothing of the person's and are fetched by the page
    // without headers: Host and Origin suffice. The page, the API and the person's files need the token.
    if ((isPage || isApi || isFile) && !hasToken && !(isFile && signatureMatches(url, options.token))) {
      return deny('missing or wrong access token (open the URL the host printed)');
    }

    if (isApi) {
      if (req.method !== 'POST') return void res.writeHead(405, security).end();
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        // A malformed percent-encoding (`%E0%A4%A`) is the caller's mistake, not ours: 400, not 500.
        res.writeHead(400, { ...security, 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('Bad request: the channel name in the path is not valid percent-encoding.');
      }
      // Requests that carry bytes come as a binary frame (shared/contract/wire.ts), the rest as JSON.
      const binary = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() === BINARY_CONTENT_TYPE;
      let payload: unknown;
      try {
        const body = await readBody(req, MAX_BODY_BYTES);
        if (binary) payload = decodeBinaryRequest(body);
        else payload = body.byteLength === 0 ? undefined : decodeWire(body.toString('utf8'));
      } catch (error) {
        const message =
          error instanceof RangeError
            ? 'The request is too large.'
            : binary
              ? `The request body is not a valid binary request: ${error instanceof Error ? error.message : 'unreadable'}`
              : 'The request body is not valid JSON.';
        return sendJson(res, security, fail('invalid_request', message));
      }
      return sendJson(res, security, await options.studio.dispatch(channel, payload));
    }

    if (url.pathname.startsWith('/media/')) {
      const response = await options.studio.media(toWebRequest(req, url));
      return sendWebResponse(response, res, security);
    }

    if (url.pathname.startsWith('/exports/')) {
      const response = await options.studio.exportFiles(toWebRequest(req, url));
      return sendWebResponse(response, res, security);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, security).end();
    if (url.pathname === BRIDGE_PATH) {
      res.writeHead(200, { ...security, 'content-type': 'text/javascript; charset=utf-8' });
      return void res.end(options.bridgeScript);
    }
    const file = await readStaticFile(options.rendererDir, isPage ? 'index.html' : url.pathname);
    if (!file) {
      res.writeHead(404, { ...security, 'content-type': 'text/plain' });
      return void res.end('Not found');
    }
    const body = isPage ? injectBridge(file.body.toString('utf8')) : file.body;
    res.writeHead(200, { ...security, 'content-type': file.type, 'cache-control': cacheControlFor(url.pathname) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: http.ServerResponse, headers: Record<string, string>, value: unknown): void {
  res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(encodeWire(value));
}

/**
 * The bridge must define window.studio before the app's module script runs. Deferred, it still does
 * (deferred and module scripts run in document order, once the document is parsed) without holding
 * back the first paint of the prerendered screen, as a classic script in <head> would.
 */
function injectBridge(html: string): string {
  const tag = `<script defer src="${BRIDGE_PATH}"></script>`;
  return html.includes('<head>') ? html.replace('<head>', `<head>\n    ${tag}`) : `${tag}\n${html}`;
}
