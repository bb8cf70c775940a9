import { BrowserWindow, screen } from 'electron';
import { createLogger } from '../logger';
import { APP_INDEX_URL } from '../security/internal-url';
import { createWindowOptions } from '../security/window-options';
import { projectorDisplay } from './projector-display';

const log = createLogger('window');

/** The projector page of a meeting, inside the app's own origin. */
export function projectorUrl(meetingId: string): string {
  return `${APP_INDEX_URL}#/projector/${encodeURIComponent(meetingId)}`;
}

/**
 * A meeting's projector window, with the same security options as the main window (same
 * preload, sandbox, no Node): full screen on the second display when there is one, otherwise
 * an ordinary window the operator can drag to the projector.
 */
export function createProjectorWindow(preloadPath: string, meetingId: string): BrowserWindow {
  const target = projectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  const window = new BrowserWindow({
    ...createWindowOptions(preloadPath),
    ...(target ? { ...target.bounds, fullscreen: true } : {}),
  });
  window.setMenuBarVisibility(false);
  window.once('ready-to-show', () => window.show());
  window.loadURL(projectorUrl(meetingId)).catch((error: unknown) => {
    log.error('cannot load the projector page', error);
  });
  return window;
}
