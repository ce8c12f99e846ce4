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
