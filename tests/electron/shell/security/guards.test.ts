import { describe, expect, it } from 'vitest';
import { allowNavigation, allowOpenExternal, allowPermission, isAppUrl, isTrustedSender } from '#electron/shell/security/guards.js';

const page = 'studio://app/index.html';

describe('Electron security guards', () => {
  it('recognises only our own origin as the app', () => {
    expect(isAppUrl(page)).toBe(true);
    expect(isAppUrl('studio://app/assets/x.js')).toBe(true);
    expect(isAppUrl('studio://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('refuses every navigation but a reload of the page', () => {
    expect(allowNavigation(page, page)).toBe(true);
    expect(allowNavigation('https://example.com/', page)).toBe(false);
    expect(allowNavigation('studio://app/other.html', page)).toBe(false);
    expect(allowNavigation('file:///etc/passwd', page)).toBe(false);
    expect(allowNavigation('javascript:alert(1)', page)).toBe(false);
  });

  it('opens only https links outside the app', () => {
    expect(allowOpenExternal('https://example.com/guide')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'smb://server/share', 'javascript:alert(1)', 'studio://app/', '']) {
      expect(allowOpenExternal(url)).toBe(false);
    }
  });

  it('grants only audio media, only to our main frame', () => {
    const ok = { permission: 'media', requestingUrl: page, isMainFrame: true, mediaTypes: ['audio'] };
    expect(allowPermission(ok)).toBe(true);
    expect(allowPermission({ ...ok, mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(allowPermission({ ...ok, mediaTypes: ['video'] })).toBe(false);
    expect(allowPermission({ ...ok, mediaTypes: [] })).toBe(false);
    expect(allowPermission({ ...ok, isMainFrame: false })).toBe(false);
    expect(allowPermission({ ...ok, requestingUrl: 'https://evil.example' })).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'display-capture']) {
      expect(allowPermission({ ...ok, permission })).toBe(false);
    }
    expect(allowPermission({ permission: 'media', requestingUrl: page, isMainFrame: true, mediaType: 'audio' })).toBe(true);
    expect(allowPermission({ permission: 'media', requestingUrl: page, isMainFrame: true, mediaType: 'video' })).toBe(false);
  });

  it('trusts IPC only from our main frame (fake events)', () => {
    expect(isTrustedSender({ url: page, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: page, parent: { url: page } })).toBe(false); // a subframe
    expect(isTrustedSender(null)).toBe(false); // the frame is gone
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
