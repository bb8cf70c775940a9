/**
 * Options for the one application window. Every security-relevant flag is spelled out, even
 * where it equals Electron's default, so a unit test can pin it and a future default change or a
 * copied template (electron-vite ships `sandbox: false`) cannot weaken it silently.
 *
 * The types are local because this folder may not import `electron` (lint boundary: the web
 * host shares it). `main/window.ts` passes the result to `new BrowserWindow`, and the unit test
 * checks that every key exists in Electron's own option types, so a misspelt flag cannot hide.
 */

/** Product name shown in the title bar before the renderer sets its own title. */
export const WINDOW_TITLE = '星评';

/** Matches the renderer's page background, so no white flash shows before the first paint. */
export const WINDOW_BACKGROUND = '#f5f5f5';

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  enableBlinkFeatures: undefined;
  webviewTag: false;
  spellcheck: false;
  plugins: true;
}

export interface SecureWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: false;
  title: string;
  backgroundColor: string;
  webPreferences: SecureWebPreferences;
}

export function createWindowOptions(preloadPath: string): SecureWindowOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show' so the user never sees a half-painted window.
    show: false,
    title: WINDOW_TITLE,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      // Chromium's own PDF viewer (PDF evidence shown in the page) runs as a plugin; Electron
      // has no other plugins (no Flash, no NPAPI), so this enables exactly that viewer.
      plugins: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: undefined,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
