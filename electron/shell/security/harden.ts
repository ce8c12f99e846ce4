import { shell, type Session, type WebContents } from 'electron';
import { allowNavigation, allowOpenExternal, allowPermission } from './guards.js';

/** Hooks the pure guards to Electron's events: one place for the whole security baseline. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(
      allowPermission({
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      }) && contents.getURL() !== '',
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowPermission({
      permission,
      requestingUrl: details.requestingUrl ?? requestingOrigin,
      isMainFrame: details.isMainFrame ?? false,
      mediaType: details.mediaType,
    }),
  );
}

export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (allowOpenExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
