import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createWindowOptions } from '../../../electron/security/window-options';
import type {
  SecureWebPreferences,
  SecureWindowOptions,
} from '../../../electron/security/window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions('/app/out/preload/index.js');
  const prefs = options.webPreferences;

  it('sizes the window for a laptop and keeps a usable minimum', () => {
    expect(options.width).toBe(1366);
    expect(options.height).toBe(768);
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(640);
  });

  it('stays hidden until painted, with the product title and a background colour', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('星评');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('isolates the renderer: context isolation and sandbox on, Node off everywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every insecure or experimental feature off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    // Only for Chromium's own PDF viewer (PDF evidence): Electron has no other plugins.
    expect(prefs.plugins).toBe(true);
  });

  it('uses the given preload and nothing that would change the session or origin', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs).not.toHaveProperty('session');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('disableBlinkFeatures');
  });

  it('returns a fresh object each time, so one caller cannot weaken another', () => {
    const a = createWindowOptions('/a.js');
    const b = createWindowOptions('/b.js');
    expect(a).not.toBe(b);
    expect(a.webPreferences).not.toBe(b.webPreferences);
    expect(b.webPreferences.preload).toBe('/b.js');
  });

  it('uses only option names Electron knows, with types Electron accepts', () => {
    // Checked by tsc (the test project is type-checked): a misspelt flag fails to compile.
    expectTypeOf<keyof SecureWebPreferences>().toExtend<keyof WebPreferences>();
    expectTypeOf<keyof SecureWindowOptions>().toExtend<keyof BrowserWindowConstructorOptions>();
    expectTypeOf<SecureWindowOptions>().toExtend<BrowserWindowConstructorOptions>();
    // And at run time nothing beyond the reviewed set is passed.
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'enableBlinkFeatures',
        'experimentalFeatures',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'plugins',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});
