import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import { HOST_CHANNELS, ipcChannel } from '../../../electron/ipc-channel';
import { APP_INDEX_URL, APP_SCHEME } from '../../../electron/security/internal-url';
import type {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../../electron/security/permissions';
import { createWindowOptions } from '../../../electron/security/window-options';
import type * as AppProtocol from '../../../electron/main/app-protocol';
import { tempDir } from '../support';
import type { ElectronRecord } from './fake-electron';
import { createFakeElectron, fakeWebContents } from './fake-electron';

/**
 * Loads the real `electron/main/index.ts` against a recording fake of `electron` and checks that
 * it wires in every security module of the checklist (handbook reliability.md) and the
 * single-instance lock. The modules themselves are tested on their own in this folder; this
 * proves main actually uses them, so deleting one line of wiring fails here.
 */

const holder = vi.hoisted(() => {
  const state: { electron: unknown; rendererRoot: string } = { electron: null, rendererRoot: '' };
  return state;
});

// Mocked modules survive vi.resetModules(), so the mock forwards to each test's own fake.
vi.mock('electron', () => {
  const current = () => holder.electron as Record<string, object>;
  const forward = (name: string) =>
    new Proxy(
      {},
      { get: (_target, key): unknown => Reflect.get(current()[name]!, key) as unknown },
    );
  class BrowserWindow {
    constructor(options: unknown) {
      const Real = current().BrowserWindow as new (o: unknown) => object;
      return new Real(options);
    }
  }
  const names = ['app', 'session', 'protocol', 'ipcMain', 'Menu', 'dialog', 'shell', 'safeStorage'];
  return { BrowserWindow, ...Object.fromEntries(names.map((name) => [name, forward(name)])) };
});

// The real protocol handler, reading a stand-in index.html instead of the build output.
vi.mock('../../../electron/main/app-protocol', async (importOriginal) => {
  const actual = await importOriginal<typeof AppProtocol>();
  return {
    createAppProtocolHandler: (root: string) => {
      holder.rendererRoot = root;
      return actual.createAppProtocolHandler(root, {
        readFile: (path: string) =>
          path.endsWith('index.html')
            ? Promise.resolve(Buffer.from('<!doctype html><html><head></head><body></body></html>'))
            : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
      });
    },
  };
});

let tmp: ReturnType<typeof tempDir>;
let record: ElectronRecord | null = null;

beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  // 'will-quit' closes the database, as on a real exit.
  record?.appListeners.get('will-quit')?.();
  record = null;
  tmp.cleanup();
});

async function loadMain(singleInstance = true): Promise<ElectronRecord> {
  const fake = createFakeElectron(tmp.dir, singleInstance);
  holder.electron = fake.electron;
  record = fake.record;
  vi.resetModules();
  await import('../../../electron/main/index');
  return fake.record;
}

async function started(): Promise<ElectronRecord> {
  const main = await loadMain();
  main.ready();
  await vi.waitFor(() => expect(main.windows).toHaveLength(1));
  return main;
}

function ipc(main: ElectronRecord, method: string, url: string | undefined, input: unknown = {}) {
  const handler = main.ipcHandlers.get(ipcChannel(method as (typeof METHOD_NAMES)[number]));
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return handler({ senderFrame: url === undefined ? null : { url } }, input);
}

describe('electron/main wires in the security modules', () => {
  it('takes the single-instance lock first, before anything else', async () => {
    const main = await loadMain();
    expect(main.calls.indexOf('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
    expect(main.calls).toContain('app.on:second-instance');
    expect(main.calls.indexOf('app.requestSingleInstanceLock')).toBeLessThan(
      main.calls.indexOf('app.whenReady'),
    );
  });

  it('quits at once, opening no window and no database, when another instance holds the lock', async () => {
    const main = await loadMain(false);
    main.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(main.calls).toContain('app.quit');
    expect(main.calls).not.toContain('app.whenReady');
    expect(main.windows).toEqual([]);
    expect(main.ipcHandlers.size).toBe(0);
  });

  it('registers the app:// scheme as standard and secure and sandboxes every renderer before ready', async () => {
    const main = await loadMain();
    expect(main.schemes).toEqual([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(main.calls).toContain('app.enableSandbox');
    expect(main.calls.indexOf('app.enableSandbox')).toBeLessThan(
      main.calls.indexOf('app.whenReady'),
    );
  });

  it('opens the one window with the secure options and loads the app from app://, never remote content', async () => {
    const main = await started();
    const window = main.windows[0]!;
    const options = window.options as ReturnType<typeof createWindowOptions>;
    expect(options).toEqual(createWindowOptions(options.webPreferences.preload));
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(options.webPreferences.preload).toMatch(/preload[\\/]index\.js$/);
    expect(window.loaded).toEqual([APP_INDEX_URL]);
    // The native question before dropping an unsaved edit.
    expect(window.contents.listeners.has('will-prevent-unload')).toBe(true);
  });

  it('serves the app protocol with the CSP and nothing outside the build', async () => {
    const main = await started();
    expect(holder.rendererRoot).toMatch(/renderer$/);
    const handler = main.protocolHandlers.get(APP_SCHEME);
    if (!handler) throw new Error('app:// has no handler');
    const page = await handler(new Request(APP_INDEX_URL));
    expect(page.status).toBe(200);
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('denies every permission request, check and device on the session', async () => {
    const main = await started();
    const request = main.permissionHandlers.get('request') as typeof denyPermissionRequest;
    const check = main.permissionHandlers.get('check') as typeof denyPermissionCheck;
    const device = main.permissionHandlers.get('device') as typeof denyDevicePermission;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect({ permission, answers }).toEqual({ permission, answers: [false] });
      expect(check({}, permission, 'app://xingping')).toBe(false);
    }
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('guards the navigation of every web contents created, and denies new windows', async () => {
    const main = await started();
    const created = main.appListeners.get('web-contents-created') as
      ((event: unknown, contents: unknown) => void) | undefined;
    if (!created) throw new Error('no web-contents-created listener');
    const contents = fakeWebContents();
    created({}, contents);
    const navigate = contents.listeners.get('will-navigate') as
      ((event: { url: string; preventDefault(): void }) => void) | undefined;
    let prevented = false;
    navigate?.({ url: 'https://evil.example/', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(contents.listeners.has('will-frame-navigate')).toBe(true);
    expect(contents.listeners.has('will-attach-webview')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('answers every contract method over IPC, and only to the app’s own page (sender check)', async () => {
    const main = await started();
    // Every contract method, plus the host face's three file channels (native dialogs).
    expect([...main.ipcHandlers.keys()].sort()).toEqual(
      [...METHOD_NAMES.map(ipcChannel), ...Object.values(HOST_CHANNELS)].sort(),
    );
    for (const url of ['https://evil.example/', 'file:///etc/passwd', undefined]) {
      expect(await ipc(main, 'campaigns.list', url)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await ipc(main, 'app.info', APP_INDEX_URL)).toMatchObject({
      ok: true,
      data: { host: 'electron', dataFile: join(tmp.dir, 'xingping.sqlite') },
    });
  });

  it('starts in recovery on a damaged data file instead of failing, with the file moved aside', async () => {
    writeFileSync(join(tmp.dir, 'xingping.sqlite'), 'not a database at all, 青山县'.repeat(50));
    const main = await started();
    expect(main.errorBoxes).toEqual([]);
    expect(main.exitCode).toBeNull();
    expect(await ipc(main, 'recovery.status', APP_INDEX_URL)).toMatchObject({
      ok: true,
      data: { state: 'damaged', damage: 'not-a-database' },
    });
  });
});
