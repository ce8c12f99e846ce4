import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { StudioError } from '#shared/contract/errors.js';
import { MENU_ACTION_EVENT, type MenuAction } from '#shared/contract/menu-actions.js';
import Store from 'electron-store';
import { createAppFilesHandler } from './app-files-handler.js';
import { menuTemplate } from './menu-template.js';
import { openStudio } from '#electron/core/open-studio.js';
import { boundsToRestore, WINDOW_STATE_KEY, type WindowState } from './window-state.js';
import { registerIpc } from './ipc-register.js';
import { holdQuitUntilClosed } from './quit-sequence.js';
import { chooseSavePath } from './save-dialog.js';
import { systemClock } from '#electron/services/storage/clock.js';
import { lockDataFolder } from '#electron/services/storage/data-folder-lock.js';
import { EXPORTS_SCHEME } from '#electron/services/exports/exports-handler.js';
import { hardenContents, hardenSession } from './security/harden.js';
import { allowOrigin } from './security/cors.js';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, MEDIA_SCHEME, privilegedSchemes } from './security/schemes.js';
import { secureWebPreferences } from './security/web-preferences.js';

// The thin Electron shell: everything it wires is plain TypeScript tested in Node.
protocol.registerSchemesAsPrivileged(privilegedSchemes(EXPORTS_SCHEME));

// Read-aloud (speechSynthesis) on Linux speaks through speech-dispatcher, which Chromium only
// connects to when asked; without it the voice list is empty. A command-line switch must be set
// before the app is ready.
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');

// `--data-dir=DIR` puts all data in DIR instead of the user-data folder (tests give each run its own).
const dataDirSwitch = app.commandLine.getSwitchValue('data-dir');
if (dataDirSwitch) app.setPath('userData', path.resolve(dataDirSwitch));

let mainWindow: BrowserWindow | null = null;

function createWindow(store: Store): void {
  const restored = boundsToRestore(
    store.get(WINDOW_STATE_KEY),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: 720,
    minHeight: 560,
    title: 'Interview Studio',
    show: false,
    // Follow the OS light/dark theme before the page paints (the page uses prefers-color-scheme).
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f7f5',
    webPreferences: secureWebPreferences(path.join(import.meta.dirname, 'preload.cjs')),
  });
  if (restored.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    store.set(WINDOW_STATE_KEY, state);
  });
  window.on('closed', () => (mainWindow = null));
  void window.loadURL(APP_ENTRY_URL);
  mainWindow = window;
}

/** A menu item's action goes to the page as an event; the page handles it as the item's key. */
function sendAction(action: MenuAction): void {
  mainWindow?.webContents.send(MENU_ACTION_EVENT, action);
}

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  let store: Store | undefined;
  // A command-line import may be rewriting the folder; its message reaches the "could not start" box.
  // start() runs only once the single-instance lock is ours, so a lock left by the app itself
  // (a crash, a power cut) is taken over, whoever has its process id now.
  lockDataFolder(app.getPath('userData'), 'Interview Studio', { singleInstance: true });
  const studio = await openStudio({
    dataDir: app.getPath('userData'),
    contentDir: path.join(appRoot, 'content'),
    clock: systemClock,
    host: 'electron',
    version: app.getVersion(),
    openStore: () => (store = new Store({ configFileMode: 0o600 })),
    openFolder: async (dir) => {
      const problem = await shell.openPath(dir);
      if (problem) throw new StudioError('io_error', `The folder could not be opened: ${problem}`);
    },
    // The readiness report: the page as printed (its print stylesheet), saved where the user says.
    pdfPrinter: {
      print: async () => {
        if (!mainWindow) throw new StudioError('not_available', 'There is no window to save as a PDF.');
        return mainWindow.webContents.printToPDF({ printBackground: false });
      },
      chooseFile: (suggestedName) =>
        chooseSavePath(mainWindow, { title: 'Save the readiness report', suggestedName, filter: { name: 'PDF', extensions: ['pdf'] } }),
    },
    // A finished export, copied where the user says (the page cannot download from another scheme).
    chooseExportPath: (suggestedName) =>
      chooseSavePath(mainWindow, { title: 'Save the export', suggestedName, filter: { name: 'Zip archive', extensions: ['zip'] } }),
    log: (message) => console.error(message),
  });
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppFilesHandler(path.join(appRoot, 'dist', 'renderer')));
  protocol.handle(MEDIA_SCHEME, allowOrigin(studio.media, APP_ORIGIN));
  protocol.handle(EXPORTS_SCHEME, allowOrigin(studio.exportFiles, APP_ORIGIN));
  registerIpc(ipcMain, studio.dispatch);

  app.setAboutPanelOptions({
    applicationName: 'Interview Studio',
    applicationVersion: app.getVersion(),
    copyright: 'Rehearse interview answers aloud — offline and private.',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', appName: app.name, sendAction })));
  createWindow(store!);
  app.on('activate', () => {
    if (!mainWindow) createWindow(store!);
  });
  // The last saves reach the disk before the process ends: the quit waits for them once.
  holdQuitUntilClosed(app, studio.close, (message) => console.error(message));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch focuses the window that is already open.
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Interview Studio could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
