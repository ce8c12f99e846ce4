/**
 * The page's Content-Security-Policy, the same in Electron and in the browser host so tests
 * run what ships: scripts only from the app itself (no inline script, no eval), nothing to
 * connect to but the app and its media, no frames, no forms. Inline styles are allowed
 * because the waveform library renders into a shadow root with a <style> element.
 */
export function contentSecurityPolicy(mediaOrigin: string | null): string {
  const media = mediaOrigin ? ` ${mediaOrigin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `media-src 'self' blob:${media}`,
    `connect-src 'self'${media}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
