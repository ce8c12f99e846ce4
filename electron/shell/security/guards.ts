import { APP_ORIGIN } from './schemes.js';

/**
 * Every allow/deny decision of the Electron security baseline, as pure functions so each is
 * unit-tested; electron/shell/security/harden.ts only hooks them to Electron's events.
 */

export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // Non-special schemes (like ours) report origin "null"; rebuild it from protocol and host.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export const isAppUrl = (url: string | undefined | null): boolean => originOf(url) === APP_ORIGIN;

/** The window never navigates: the app is a single page, so any navigation is refused. */
export function allowNavigation(targetUrl: string, currentUrl: string): boolean {
  // A reload of the page itself is the one navigation Electron reports that we accept.
  return isAppUrl(targetUrl) && isAppUrl(currentUrl) && new URL(targetUrl).pathname === '/index.html';
}

/** Links the user clicks that may open in their browser: https only (no file:, no custom schemes). */
export function allowOpenExternal(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Only the microphone, only for our own page. Electron passes `mediaTypes` on requests and
 * `mediaType` on checks; anything asking for video (camera, screen) is refused.
 */
export function allowPermission(request: {
  permission: string;
  requestingUrl: string | undefined | null;
  isMainFrame: boolean;
  mediaTypes?: readonly string[];
  mediaType?: string;
}): boolean {
  if (request.permission !== 'media') return false;
  if (!request.isMainFrame || !isAppUrl(request.requestingUrl)) return false;
  const types = request.mediaTypes ?? (request.mediaType ? [request.mediaType] : []);
  return types.length > 0 && types.every((t) => t === 'audio');
}

/** An IPC call is trusted only from our own page's main frame. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
