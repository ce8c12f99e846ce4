import type { CustomScheme } from 'electron';

/**
 * Our own URL schemes in Electron. The page loads from `studio://app/` rather than file://,
 * so it has a real origin that permission and navigation checks can compare against, and
 * recordings stream from `studio-media://recording/<id>` through the shared media handler.
 */
export const APP_SCHEME = 'studio';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export const MEDIA_SCHEME = 'studio-media';

export const mediaUrlFor = (recordingId: string) => `${MEDIA_SCHEME}://recording/${encodeURIComponent(recordingId)}`;

/**
 * How each scheme is registered (before the app is ready). The app's own scheme gets V8's code
 * cache, which custom schemes lack by default: without it every start compiles the renderer's
 * JavaScript afresh. The media and export schemes stream bytes to fetch() from our page.
 */
export function privilegedSchemes(exportsScheme: string): CustomScheme[] {
  const streamed = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true };
  return [
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: MEDIA_SCHEME, privileges: streamed },
    { scheme: exportsScheme, privileges: streamed },
  ];
}
