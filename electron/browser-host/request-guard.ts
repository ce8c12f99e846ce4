import { createHmac, timingSafeEqual } from 'node:crypto';
import { SIGNATURE_PARAM } from '#shared/contract/signed-path.js';

/**
 * Pure decisions for the browser host's front door. The host answers only on 127.0.0.1 and
 * only to requests that (a) name this host and port in Host — so a DNS-rebinding page whose
 * hostname resolves to 127.0.0.1 is refused — (b) come from no Origin or our own, so another
 * site cannot call in, and (c) for anything but the app's own static files, carry the random
 * token from the printed URL: in the query (the page), as a header (the bridge's calls), or as a
 * signature made with it over the path (media and export URLs, which an `<audio>` or a link
 * fetches without headers).
 *
 * No cookie: cookies ignore ports, so one set by 127.0.0.1:PORT is sent to every other server on
 * 127.0.0.1 the person's browser visits, which could then call the API (issue 19, item 6).
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function presentedTokens(url: URL, headers: Readonly<Record<string, string | string[] | undefined>>): string[] {
  const found: string[] = [];
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) found.push(fromQuery);
  const fromHeader = headers['x-studio-token'];
  if (typeof fromHeader === 'string') found.push(fromHeader);
  return found;
}

export function tokenMatches(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether the URL carries `sig=HMAC-SHA-256(token, path)`: good for that one path only. */
export function signatureMatches(url: URL, token: string): boolean {
  const given = url.searchParams.get(SIGNATURE_PARAM);
  if (!given) return false;
  return tokenMatches(given, createHmac('sha256', token).update(url.pathname).digest('hex'));
}
