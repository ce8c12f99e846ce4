import { timingSafeEqual } from 'node:crypto';

/**
 * Pure decisions for the browser host's front door. The host answers only on 127.0.0.1 and
 * only to requests that (a) name this host and port in Host — so a DNS-rebinding page whose
 * hostname resolves to 127.0.0.1 is refused — (b) come from no Origin or our own, so another
 * site cannot call in, and (c) carry the random token from the printed URL (as a query
 * parameter once, then as the cookie set in answer to it, or as a header for scripts).
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export const tokenCookieName = (port: number) => `studio_token_${port}`;

export function presentedTokens(url: URL, headers: { cookie?: string; 'x-studio-token'?: string | string[] }, port: number): string[] {
  const found: string[] = [];
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) found.push(fromQuery);
  const fromHeader = headers['x-studio-token'];
  if (typeof fromHeader === 'string') found.push(fromHeader);
  const name = tokenCookieName(port);
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) found.push(rest.join('='));
  }
  return found;
}

export function tokenMatches(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
