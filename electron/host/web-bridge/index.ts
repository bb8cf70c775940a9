/**
 * The web host's bridge (built by the renderer build into `out/renderer/__xingping/bridge.js`
 * as one self-contained script, loaded before the app): defines `window.xingping` with the
 * same shape as the Electron preload, from the same `buildBridge`, with the browser's faces.
 * The token comes from `?token=` (then removed from the address bar and kept for this tab).
 */
import { METHOD_NAMES } from '../../../shared/api';
import type { MethodName } from '../../../shared/api';
import { buildBridge } from '../../../shared/bridge';
import type { Result } from '../../../shared/result';
import { webEvents } from './events';
import { webFiles } from './files';

export const TOKEN_STORAGE_KEY = 'xingping.token';

function takeToken(): string {
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token');
  if (token) {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    params.delete('token');
    const query = params.toString();
    const clean = window.location.pathname + (query ? `?${query}` : '') + window.location.hash;
    window.history.replaceState(null, '', clean);
    return token;
  }
  return window.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

const token = takeToken();

async function call(method: MethodName, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'NETWORK', message: String(error) } };
  }
}

Object.defineProperty(window, 'xingping', {
  value: buildBridge(METHOD_NAMES, call, { files: webFiles(token), events: webEvents() }),
  enumerable: true,
});
