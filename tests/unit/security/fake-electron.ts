/**
 * A stand-in for the `electron` module that records what `electron/main/index.ts` does with it,
 * so a unit test can load the real main process and check its wiring without an Electron binary.
 * Only what main touches exists here; anything else it started to use would throw and fail the
 * test, which is the point.
 */

type Listener = (...args: never[]) => unknown;

export interface FakeWebContents {
  listeners: Map<string, Listener>;
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  on(name: string, listener: Listener): FakeWebContents;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
  reload(): void;
}

export function fakeWebContents(): FakeWebContents {
  const contents: FakeWebContents = {
    listeners: new Map(),
    openHandler: undefined,
    on(name, listener) {
      contents.listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      contents.openHandler = handler;
    },
    reload() {},
  };
  return contents;
}

export interface ElectronRecord {
  /** Every call in order, as `<object>.<method>`. */
  calls: string[];
  userData: string;
  singleInstance: boolean;
  appListeners: Map<string, Listener>;
  schemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  permissionHandlers: Map<string, unknown>;
  ipcHandlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  windows: { options: unknown; loaded: string[]; contents: FakeWebContents }[];
  errorBoxes: string[];
  exitCode: number | null;
  ready: () => void;
}

export function createFakeElectron(userData: string, singleInstance = true) {
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const record: ElectronRecord = {
    calls: [],
    userData,
    singleInstance,
    appListeners: new Map(),
    schemes: [],
    protocolHandlers: new Map(),
    permissionHandlers: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    errorBoxes: [],
    exitCode: null,
    ready: () => resolveReady(),
  };
  const note = (name: string) => record.calls.push(name);

  const app = {
    isPackaged: true,
    enableSandbox: () => note('app.enableSandbox'),
    requestSingleInstanceLock: () => {
      note('app.requestSingleInstanceLock');
      return record.singleInstance;
    },
    quit: () => note('app.quit'),
    exit: (code: number) => {
      note('app.exit');
      record.exitCode = code;
    },
    on: (name: string, listener: Listener) => {
      note(`app.on:${name}`);
      record.appListeners.set(name, listener);
      return app;
    },
    whenReady: () => {
      note('app.whenReady');
      return whenReady;
    },
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return record.userData;
    },
    getVersion: () => '0.0.0-test',
    getLocale: () => 'zh-CN',
  };

  class BrowserWindow {
    readonly webContents = fakeWebContents();
    readonly entry: ElectronRecord['windows'][number];
    constructor(options: unknown) {
      note('new BrowserWindow');
      this.entry = { options, loaded: [], contents: this.webContents };
      record.windows.push(this.entry);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    loadURL(url: string) {
      this.entry.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
  }

  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: unknown) => record.permissionHandlers.set('request', h),
      setPermissionCheckHandler: (h: unknown) => record.permissionHandlers.set('check', h),
      setDevicePermissionHandler: (h: unknown) => record.permissionHandlers.set('device', h),
    },
  };

  const electron = {
    app,
    BrowserWindow,
    session,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        note('protocol.registerSchemesAsPrivileged');
        record.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        note('protocol.handle');
        record.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) =>
        record.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => record.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => note('Menu.setApplicationMenu'),
    },
    dialog: {
      showErrorBox: (_title: string, message: string) => record.errorBoxes.push(message),
      showMessageBoxSync: () => 1,
    },
    shell: { openExternal: () => Promise.resolve() },
    // The key vault's store: a reversible stand-in for the system's encryption.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(`sealed:${text}`),
      decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
    },
  };
  return { electron, record };
}
