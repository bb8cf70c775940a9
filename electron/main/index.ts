import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { i18n } from 'i18next';
import type { Language, Preferences } from '../../shared/domain/views';
import { AppError } from '../../shared/errors';
import { createLogger } from '../logger';
import { APP_SCHEME } from '../security/internal-url';
import { WINDOW_TITLE } from '../security/window-options';
import type { AppSession } from '../services/recovery';
import { startSession } from '../services/recovery';
import { EVENT_CHANNEL } from '../ipc-channel';
import { createAppProtocolHandler } from './app-protocol';
import { registerFileHandlers } from './file-dialogs';
import { hardenSession, hardenWebContents } from './hardening';
import { createMainI18n, describeAppError, translatorFor } from '../i18n';
import { registerIpcHandlers } from './ipc';
import type { MenuActions } from './menu';
import { buildMenuTemplate } from './menu';
import { guardUnload } from './unload-guard';
import { createProjectorWindow, projectorUrl } from './projector-window';
import { createMainWindow, focusWindow } from './window';
import { safeStorageVault } from './key-vault';
import { keyFileOf } from '../services/keys';

const log = createLogger('main');

// Both must run before 'ready'. A standard + secure scheme gives our pages a real origin
// (app://xingping), relative URLs, fetch and a secure context, without file:// access to the disk.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Sandbox every renderer, including any that might be created without our window options.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let projectorWindow: BrowserWindow | null = null;
let appSession: AppSession | null = null;
let removeIpcHandlers: (() => void) | null = null;
let removeFileHandlers: (() => void) | null = null;
let stopEvents: (() => void) | null = null;

function openExternal(url: string): void {
  shell
    .openExternal(url)
    .catch((error: unknown) => log.warn(`openExternal failed: ${String(error)}`));
}

/** The OS language decides the language of errors shown before preferences can be read. */
function systemLanguage(): Language {
  return app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function closeServices(): void {
  // Handlers go first, so a late call answers with an error envelope instead of hitting a
  // closed database.
  removeIpcHandlers?.();
  removeIpcHandlers = null;
  removeFileHandlers?.();
  removeFileHandlers = null;
  stopEvents?.();
  stopEvents = null;
  appSession?.close();
  appSession = null;
}

/** Startup failed (e.g. a database from a newer version): say so clearly and leave. */
function fail(error: unknown, i18n: i18n | null): void {
  log.error('startup failed', error);
  const message =
    error instanceof AppError
      ? i18n
        ? describeAppError(i18n.getFixedT(systemLanguage()), error)
        : error.message
      : String(error instanceof Error ? error.message : error);
  dialog.showErrorBox(WINDOW_TITLE, message);
  closeServices();
  app.exit(1);
}

async function start(i18n: i18n): Promise<void> {
  hardenSession(session.defaultSession);
  // A damaged data file is moved aside here; the window then shows the recovery screen.
  appSession = startSession({
    dbFile: join(app.getPath('userData'), 'xingping.sqlite'),
    keyVault: safeStorageVault(
      join(app.getPath('userData'), 'installation-key.safe'),
      keyFileOf(join(app.getPath('userData'), 'xingping.sqlite')),
    ),
    host: 'electron',
    version: app.getVersion(),
    prewarmWorker: true,
    backupSchedule: true,
  });
  const { registry } = appSession;
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(join(__dirname, '../renderer'), {
      outbox: appSession.files.outbox,
    }),
  );
  // Progress of long jobs and other contract events, to the page over one channel.
  stopEvents = appSession.events.subscribe((event) => {
    for (const window of [mainWindow, projectorWindow]) {
      if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
    }
  });

  const preferences = await registry.call('preferences.get', {});
  let language: Language = preferences.ok ? (preferences.data as Preferences).language : 'zh-CN';

  const applyMenu = (lang: Language): void => {
    language = lang;
    const template = buildMenuTemplate(translatorFor(i18n, lang), actions, lang, process.platform);
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const actions: MenuActions = {
    setLanguage: (lang) => {
      registry
        .call('preferences.update', { language: lang })
        .then((result) => {
          if (!result.ok) {
            log.warn(`language change refused: ${result.error.code}`);
            return;
          }
          applyMenu(lang);
          // The contract has no push channel; the renderer reads the language when it loads.
          mainWindow?.webContents.reload();
        })
        .catch((error: unknown) => log.error('language change failed', error));
    },
    reload: () => mainWindow?.webContents.reload(),
    quit: () => app.quit(),
    // Dev tools only in unpackaged builds: in the field they are a way around the sandboxed UI.
    ...(app.isPackaged ? {} : { toggleDevTools: () => mainWindow?.webContents.toggleDevTools() }),
  };

  removeIpcHandlers = registerIpcHandlers(ipcMain, registry, {
    onPreferencesChanged: (next) => {
      if (next.language !== language) applyMenu(next.language);
    },
  });
  applyMenu(language);
  removeFileHandlers = registerFileHandlers(ipcMain, {
    files: appSession.files,
    window: () => mainWindow,
    dialog,
    downloads: () => app.getPath('downloads'),
    t: () => translatorFor(i18n, language),
  });

  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'));
  // A score sheet with an unsaved edit objects to unloading; ask natively before dropping it.
  guardUnload(
    mainWindow,
    (window, options) => dialog.showMessageBoxSync(window, options),
    () => translatorFor(i18n, language),
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
    // The projector belongs to the session: it never outlives the operator's window.
    if (projectorWindow && !projectorWindow.isDestroyed()) projectorWindow.close();
  });
}

/** Opens (or points) the one projector window at a meeting (issue #13). */
function openProjector(meetingId: string): void {
  if (projectorWindow && !projectorWindow.isDestroyed()) {
    projectorWindow.loadURL(projectorUrl(meetingId)).catch((error: unknown) => {
      log.error('cannot load the projector page', error);
    });
    focusWindow(projectorWindow);
    return;
  }
  projectorWindow = createProjectorWindow(join(__dirname, '../preload/index.js'), meetingId);
  projectorWindow.on('closed', () => {
    projectorWindow = null;
  });
}

// One instance per user: two processes writing the same database would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, openExternal, openProjector),
  );
  // One operator window (plus a meeting's projector, closed with it): closing it ends the
  // session on every platform, macOS too, so the database is always closed cleanly.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeServices);

  let i18n: i18n | null = null;
  app
    .whenReady()
    .then(async () => {
      i18n = createMainI18n(systemLanguage());
      await start(i18n);
    })
    .catch((error: unknown) => fail(error, i18n));
}
