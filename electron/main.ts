import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import Store from 'electron-store';
import { createAppFilesHandler } from './app/app-files-handler.js';
import { openStudio } from './app/open-studio.js';
import { registerIpc } from './ipc/register.js';
import { systemClock } from './services/clock.js';
import { hardenContents, hardenSession } from './security/harden.js';
import { APP_ENTRY_URL, APP_SCHEME, MEDIA_SCHEME } from './security/schemes.js';
import { secureWebPreferences } from './security/web-preferences.js';

// The thin Electron shell: everything it wires is plain TypeScript tested in Node.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

// `--data-dir=DIR` puts all data in DIR instead of the user-data folder (tests give each run its own).
const dataDirSwitch = app.commandLine.getSwitchValue('data-dir');
if (dataDirSwitch) app.setPath('userData', path.resolve(dataDirSwitch));

let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 560,
    title: 'Interview Studio',
    show: false,
    webPreferences: secureWebPreferences(path.join(import.meta.dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(APP_ENTRY_URL);
}

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  const studio = await openStudio({
    dataDir: app.getPath('userData'),
    contentDir: path.join(appRoot, 'content'),
    clock: systemClock,
    host: 'electron',
    version: app.getVersion(),
    openStore: () => new Store({ configFileMode: 0o600 }),
    log: (message) => console.error(message),
  });
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppFilesHandler(path.join(appRoot, 'dist', 'renderer')));
  protocol.handle(MEDIA_SCHEME, studio.media);
  registerIpc(ipcMain, studio.dispatch);
  createWindow();
  app.on('before-quit', () => void studio.close());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Interview Studio could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
