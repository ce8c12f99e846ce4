import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '#shared/contract/channels.js';
import type { Result } from '#shared/contract/errors.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import type { MenuItem, StandInWindow } from '#tests/support/electron-stand-in.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';

/**
 * The built desktop shell (dist-electron/main.js, built here into a folder of its own) run under
 * Node with a stand-in `electron` module: what the shell registers with Electron, and that each
 * piece is wired to the right thing. A real Electron run is tests/e2e/electron/ (skipped where
 * Electron cannot be downloaded); this catches the wiring mistakes no browser-host test sees.
 */
const standIn = await vi.hoisted(async () => (await import('#tests/support/electron-stand-in.js')).createElectronStandIn());
vi.mock('electron', () => standIn.electron);
// electron-store is conf with Electron's paths; the stand-in gives it the stand-in's user-data folder.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return {
    default: class extends Conf {
      constructor(options: object) {
        super({ ...options, cwd: standIn.paths.userData, configName: 'config', projectName: 'interview-studio' });
      }
    },
  };
});

const { record, paths } = standIn;
const outDir = path.join(repoRoot, 'tests', '.generated', `shell-stand-in-${process.pid}`);
const APP = 'studio://app';
const fromPage = { senderFrame: { url: `${APP}/index.html`, parent: null } };
let window: StandInWindow;

/** Calls a channel as the page would, through the handler the shell gave ipcMain. */
async function invoke(channel: string, request?: unknown, event: object = fromPage): Promise<Result<unknown>> {
  const handler = record.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no ipcMain handler for ${channel}`);
  return (await handler(event, request)) as Result<unknown>;
}
async function value<T>(channel: string, request?: unknown): Promise<T> {
  const result = await invoke(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const flatten = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outDir], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the shell did not build:\n${build.stderr}`);
  // The app folder as packaged: the built renderer and the question bank beside the shell.
  const renderer = path.join(paths.appRoot, 'dist', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {};');
  fs.symlinkSync(path.join(repoRoot, 'content'), path.join(paths.appRoot, 'content'));

  await import(/* @vite-ignore */ path.join(outDir, 'main.js'));
  window = await record.windowLoaded;
}, 120_000); // a build and a start: seconds, more on a machine that is busy

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(paths.root, { recursive: true, force: true });
});

describe('the desktop shell under a stand-in electron', () => {
  it('starts without an error box, and opens the window on the app scheme', () => {
    expect(record.errorBoxes).toEqual([]);
    expect(record.windows).toHaveLength(1);
    expect(window.loadedUrl).toBe(`${APP}/index.html`);
  });

  it('registers its schemes as privileged, the app scheme with V8’s code cache', () => {
    const byScheme = Object.fromEntries(record.privilegedSchemes.map((s) => [s.scheme, s.privileges]));
    expect(byScheme).toEqual({
      studio: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      'studio-media': { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
      'studio-exports': { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
    });
  });

  it('asks Chromium for speech-dispatcher on Linux only (read-aloud has no voices without it)', () => {
    const asked = record.switches.some(([name]) => name === 'enable-speech-dispatcher');
    expect(asked).toBe(process.platform === 'linux');
    // Ubuntu's sandbox trouble is met by packaging (the .deb's AppArmor profile), never by this.
    expect(record.switches.map(([name]) => name)).not.toContain('no-sandbox');
  });

  it('serves the page and its scripts with their types and the CSP, and nothing else', async () => {
    const app = record.protocolHandlers.get('studio')!;
    const page = await app(new Request(`${APP}/index.html`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain('media-src');
    const script = await app(new Request(`${APP}/assets/app.js`));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
    expect((await app(new Request(`${APP}/missing.js`))).status).toBe(404);
    expect((await app(new Request(`${APP}/..%2F..%2Fetc%2Fpasswd`))).status).toBe(404);
  });

  it('answers media and export requests for the app’s page only, never for any origin', async () => {
    for (const [scheme, url] of [
      ['studio-media', 'studio-media://recording/00000000-0000-4000-8000-000000000000'],
      ['studio-exports', 'studio-exports://export/interview-studio-20261127-100000.zip'],
    ] as const) {
      const answer = await record.protocolHandlers.get(scheme)!(new Request(url));
      expect(answer.status).toBe(404);
      expect(answer.headers.get('access-control-allow-origin')).toBe(APP);
    }
  });

  it('handles every contract channel, each only for the app’s own window', async () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
    expect(await invoke('app:info')).toMatchObject({ ok: true, value: { host: 'electron', version: '0.0.0-stand-in', canSavePdf: true } });
    const stranger = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await invoke('app:info', undefined, stranger)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const subframe = { senderFrame: { url: `${APP}/index.html`, parent: {} } };
    expect(await invoke('app:info', undefined, subframe)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('grants the microphone only, and only to the app’s page', () => {
    const request = (permission: string, details: object, url = `${APP}/index.html`) => {
      let granted: boolean | null = null;
      record.permissionRequest!({ getURL: () => url }, permission, (answer) => (granted = answer), details);
      return granted;
    };
    const page = { requestingUrl: `${APP}/index.html`, isMainFrame: true };
    expect(request('media', { ...page, mediaTypes: ['audio'] })).toBe(true);
    expect(request('media', { ...page, mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(request('media', { ...page, mediaTypes: ['video'] })).toBe(false);
    expect(request('notifications', page)).toBe(false);
    expect(request('geolocation', page)).toBe(false);
    expect(request('media', { requestingUrl: 'https://example.com/', isMainFrame: true, mediaTypes: ['audio'] })).toBe(false);
    expect(request('media', { ...page, isMainFrame: false, mediaTypes: ['audio'] })).toBe(false);

    const check = (permission: string, origin: string, details: object) => record.permissionCheck!(null, permission, origin, details);
    expect(check('media', APP, { requestingUrl: `${APP}/index.html`, isMainFrame: true, mediaType: 'audio' })).toBe(true);
    expect(check('media', APP, { requestingUrl: `${APP}/index.html`, isMainFrame: true, mediaType: 'video' })).toBe(false);
    expect(check('media', 'https://example.com', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(check('clipboard-read', APP, { requestingUrl: `${APP}/index.html`, isMainFrame: true })).toBe(false);
  });

  it('gives the window an isolated, sandboxed page with no Node, and the built preload', () => {
    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe(path.join(outDir, 'preload.cjs'));
    expect(fs.existsSync(prefs.preload as string)).toBe(true);
  });

  it('sends menu actions to the page as events, which the preload hands to the page’s listener; no key is typed', () => {
    const items = flatten(record.menu!).filter((i) => i.click);
    expect(items.map((i) => i.label)).toEqual([
      'Start or Stop Recording',
      'Skip Reading Aloud',
      'Play or Pause Replay',
      'Keyboard Shortcuts',
    ]);
    for (const item of items) item.click!();
    expect(window.sent).toEqual([
      ['menu:action', 'record'],
      ['menu:action', 'skipReading'],
      ['menu:action', 'playPause'],
      ['menu:action', 'showShortcuts'],
    ]);
    expect(window.inputEvents).toEqual([]);

    // The other end: the built preload, run as the sandbox runs it, relays those events to the page.
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
    const exposed: Record<string, { onMenuAction(listener: (action: string) => void): () => void }> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: never) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: async () => ({ ok: true, value: null }),
        on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
        removeListener: (channel: string) => listeners.delete(channel),
      },
    };
    const module = { exports: {} };
    vm.runInNewContext(fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8'), {
      module,
      exports: module.exports,
      require: (name: string) => (name === 'electron' ? electron : undefined),
      URL,
      encodeURIComponent,
    });
    const heard: string[] = [];
    const stop = exposed.studio!.onMenuAction((action) => heard.push(action));
    for (const [channel, action] of window.sent as Array<[string, string]>) listeners.get(channel)!({ senderFrame: null }, action);
    listeners.get('menu:action')!({}, 'openDevTools'); // not an action of the menu: dropped
    expect(heard).toEqual(['record', 'skipReading', 'playPause', 'showShortcuts']);
    stop();
    expect(listeners.has('menu:action')).toBe(false);
  });

  it('saves a finished export where the save dialog says, starting in Documents with the archive’s name', async () => {
    const { jobId, fileName } = await value<{ jobId: string; fileName: string }>('exports:start', { scope: {} });
    let state = 'running';
    // The job runs on its own and is polled, as the page polls it; the test's timeout bounds the wait.
    while (state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      state = (await value<{ state: string }>('exports:status', { jobId })).state;
    }
    expect(state).toBe('done');
    const target = path.join(paths.documents, 'practice.zip');
    record.saveDialogAnswers.push(target);
    expect(await value('exports:saveAs', { fileName })).toEqual({ saved: true, path: target });
    expect(record.saveDialogs.at(-1)).toEqual({
      parent: window,
      options: expect.objectContaining({
        defaultPath: path.join(paths.documents, fileName),
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
      }),
    });
    expect(fs.readFileSync(target)).toEqual(fs.readFileSync(path.join(paths.userData, 'exports', fileName)));
  });

  it('holds the quit until the recording asked for and the journal are on the disk, then quits', async () => {
    const { chunks } = await loadChunks('webm');
    const { recordingId } = await value<{ recordingId: string }>('recordings:begin', {
      questionId: 'tell-me-about-yourself',
      mimeType: 'audio/webm;codecs=opus',
    });
    // Sent by the page as the user quits: nothing here is awaited before the quit.
    for (const [seq, bytes] of chunks.entries()) void invoke('recordings:append', { recordingId, seq, bytes });
    const finishing = invoke('recordings:finish', { recordingId });
    standIn.electron.app.quit();
    expect(record.quitsHeld).toBe(1);
    await record.quitForReal;
    expect(await finishing).toMatchObject({ ok: true, value: { id: recordingId } });
    const journal = fs.readFileSync(path.join(paths.userData, 'attempts', 'attempts.jsonl'), 'utf8');
    expect(journal).toContain(recordingId);
    expect(record.quitCalls).toBe(2); // held once, then quit for real by the shell
  });
});
