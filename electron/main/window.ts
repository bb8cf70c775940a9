import { BrowserWindow } from 'electron';
import { createLogger } from '../logger';
import { APP_INDEX_URL } from '../security/internal-url';
import { createWindowOptions } from '../security/window-options';

const log = createLogger('window');

/** Creates the one app window and loads our own page into it; shown once it has painted. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    log.error(`cannot load ${APP_INDEX_URL}`, error);
  });
  return window;
}

/** Brings an existing window to the front, e.g. when the user starts the app a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
