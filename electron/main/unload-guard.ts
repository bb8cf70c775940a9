import type { BrowserWindow, MessageBoxSyncOptions } from 'electron';
import type { Translate } from '../i18n';

/** Button order of the dialog: leaving is explicit, staying is the default and Esc. */
export const LEAVE_BUTTON = 0;
export const STAY_BUTTON = 1;

/** The native question asked when the page refuses to unload (an edit is not saved yet). */
export function unloadDialogOptions(t: Translate): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: t('scoring.unload.title'),
    message: t('scoring.unload.message'),
    detail: t('scoring.unload.detail'),
    buttons: [t('scoring.unload.leave'), t('scoring.unload.stay')],
    defaultId: STAY_BUTTON,
    cancelId: STAY_BUTTON,
    noLink: true,
  };
}

/**
 * Decides one `will-prevent-unload` event. Electron's rule is inverted: calling
 * `preventDefault()` on it means "ignore the page's objection and unload". Only an explicit
 * "leave" does that; anything else (Esc, closing the dialog) keeps the page and its edits.
 */
export function decidePreventedUnload(
  event: { preventDefault(): void },
  ask: () => number,
): boolean {
  const leave = ask() === LEAVE_BUTTON;
  if (leave) event.preventDefault();
  return leave;
}

type ShowMessageBoxSync = (window: BrowserWindow, options: MessageBoxSyncOptions) => number;

/**
 * Wires the question to a window. `showMessageBoxSync` and the translator are passed in so this
 * module needs no Electron at run time (and the current language is read when asked).
 */
export function guardUnload(
  window: BrowserWindow,
  showMessageBoxSync: ShowMessageBoxSync,
  translate: () => Translate,
): void {
  window.webContents.on('will-prevent-unload', (event) => {
    decidePreventedUnload(event, () =>
      showMessageBoxSync(window, unloadDialogOptions(translate())),
    );
  });
}
