import { METHOD_NAMES } from '../../shared/api';

/** The few browser globals the bridge uses (main-side code is compiled without DOM types). */
interface BridgeWindow {
  location: { search: string; pathname: string; hash: string };
  sessionStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
  history: { replaceState(data: null, unused: string, url: string): void };
  fetch(
    url: string,
    init: { method: string; headers: Record<string, string>; body: string },
  ): Promise<{ json(): Promise<unknown> }>;
}

/**
 * Runs in the browser, before the app: reads the token from `?token=` (then removes it from
 * the address bar, keeping it for this tab only) and defines `window.xingping` with the same
 * shape as the Electron preload, each method a POST to /api/<method>. It is serialised with
 * Function.prototype.toString, so it must not refer to anything outside itself.
 */
export function installWebBridge(win: BridgeWindow, methods: string[], storageKey: string): void {
  const params = new URLSearchParams(win.location.search);
  let token = params.get('token');
  if (token) {
    win.sessionStorage.setItem(storageKey, token);
    params.delete('token');
    const query = params.toString();
    const clean = win.location.pathname + (query ? `?${query}` : '') + win.location.hash;
    win.history.replaceState(null, '', clean);
  } else {
    token = win.sessionStorage.getItem(storageKey);
  }
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of methods) {
    const dot = name.indexOf('.');
    const area = name.slice(0, dot);
    const verb = name.slice(dot + 1);
    const target = (api[area] = api[area] ?? {});
    target[verb] = async (input: unknown) => {
      try {
        const response = await win.fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input ?? {}),
        });
        return await response.json();
      } catch (error) {
        return { ok: false, error: { code: 'NETWORK', message: String(error) } };
      }
    };
  }
  for (const area of Object.values(api)) Object.freeze(area);
  Object.defineProperty(win, 'xingping', { value: Object.freeze(api), enumerable: true });
}

export const TOKEN_STORAGE_KEY = 'xingping.token';

export function buildBridgeScript(): string {
  return `(${installWebBridge.toString()})(window, ${JSON.stringify(METHOD_NAMES)}, ${JSON.stringify(TOKEN_STORAGE_KEY)});\n`;
}
