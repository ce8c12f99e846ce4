import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Listener = (...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: object) => boolean;
export type MenuItem = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: MenuItem[] };

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

/** One BrowserWindow as the shell sees it, recording what is done to it. */
export class StandInWindow {
  readonly sent: unknown[][] = [];
  readonly inputEvents: unknown[] = [];
  loadedUrl: string | null = null;
  readonly listeners = new Map<string, Listener[]>();
  readonly webContents = {
    send: (channel: string, ...args: unknown[]) => void this.sent.push([channel, ...args]),
    sendInputEvent: (event: unknown) => void this.inputEvents.push(event),
    printToPDF: async () => new TextEncoder().encode('%PDF-1.7'),
    getURL: () => this.loadedUrl ?? '',
  };
  constructor(
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> },
    readonly onLoad: (window: StandInWindow) => void,
  ) {}
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.onLoad(this);
    return Promise.resolve();
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  maximize(): void {}
  isMaximized = () => false;
  isMinimized = () => false;
  getNormalBounds = () => ({ x: 10, y: 10, width: 1200, height: 820 });
  show(): void {}
  focus(): void {}
  restore(): void {}
}

/**
 * A stand-in for the `electron` module: enough of its API for electron/shell/main.ts to run under
 * Node, recording everything the shell registers so a test can read it and drive it (menu clicks,
 * IPC calls, save dialogs, quitting). It cannot tell whether Electron itself would accept it.
 */
export function createElectronStandIn() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-stand-in-'));
  const paths = {
    root,
    userData: path.join(root, 'user-data'),
    documents: path.join(root, 'documents'),
    appRoot: path.join(root, 'app'),
  };
  for (const dir of Object.values(paths)) fs.mkdirSync(dir, { recursive: true });

  const windowLoaded = deferred<StandInWindow>();
  const quitForReal = deferred();
  const record = {
    privilegedSchemes: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    switches: [] as Array<[string, string | undefined]>,
    protocolHandlers: new Map<string, ProtocolHandler>(),
    ipcHandlers: new Map<string, Listener>(),
    appListeners: new Map<string, Listener[]>(),
    windows: [] as StandInWindow[],
    menu: null as MenuItem[] | null,
    permissionRequest: null as PermissionRequestHandler | null,
    permissionCheck: null as PermissionCheckHandler | null,
    saveDialogs: [] as Array<{ parent: StandInWindow | null; options: Record<string, unknown> }>,
    /** What the next save dialogs answer, in turn: a path, or null for Cancel. */
    saveDialogAnswers: [] as Array<string | null>,
    errorBoxes: [] as Array<[string, string]>,
    quitCalls: 0,
    quitsHeld: 0,
    exitCode: null as number | null,
    windowLoaded: windowLoaded.promise,
    quitForReal: quitForReal.promise,
  };

  const emitApp = (event: string, ...args: unknown[]) => {
    for (const listener of record.appListeners.get(event) ?? []) listener(...args);
  };

  const app = {
    name: 'Interview Studio',
    commandLine: {
      getSwitchValue: () => '',
      appendSwitch: (name: string, value?: string) => void record.switches.push([name, value]),
    },
    setPath: (name: string, value: string) => void ((paths as Record<string, string>)[name] = value),
    getPath: (name: string) => {
      const known = (paths as Record<string, string>)[name];
      if (!known) throw new Error(`the stand-in app has no path "${name}"`);
      return known;
    },
    getAppPath: () => paths.appRoot,
    getVersion: () => '0.0.0-stand-in',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on(event: string, listener: Listener) {
      record.appListeners.set(event, [...(record.appListeners.get(event) ?? []), listener]);
      return app;
    },
    /** As Electron does: before-quit first, and no quit when a listener prevented it. */
    quit() {
      record.quitCalls++;
      let prevented = false;
      emitApp('before-quit', { preventDefault: () => (prevented = true) });
      if (prevented) record.quitsHeld++;
      else quitForReal.resolve();
    },
    exit: (code: number) => void (record.exitCode = code),
    setAboutPanelOptions: () => {},
  };

  const electron = {
    app,
    BrowserWindow: class extends StandInWindow {
      constructor(options: Record<string, unknown>) {
        super(options, (window) => windowLoaded.resolve(window));
        record.windows.push(this);
      }
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        const [parent, options] = args.length === 2 ? args : [null, args[0]];
        record.saveDialogs.push({ parent: parent as StandInWindow | null, options: options as Record<string, unknown> });
        const answer = record.saveDialogAnswers.shift() ?? null;
        return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
      },
      showErrorBox: (title: string, content: string) => void record.errorBoxes.push([title, content]),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => void record.ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => template,
      setApplicationMenu: (menu: MenuItem[]) => void (record.menu = menu),
    },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof record.privilegedSchemes) => void record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: ProtocolHandler) => void record.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: PermissionRequestHandler) => void (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: PermissionCheckHandler) => void (record.permissionCheck = handler),
      },
    },
    shell: { openPath: async () => '', openExternal: async () => {} },
  };

  return { electron: { ...electron, default: electron }, record, paths, emitApp };
}
export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
