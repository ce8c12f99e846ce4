import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '#electron/shell/security/web-preferences.js';

describe('secureWebPreferences', () => {
  it('gives the renderer no Node, an isolated world and a sandbox', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });
});
