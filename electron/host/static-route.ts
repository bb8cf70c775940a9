import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildCsp, createNonce, renderIndexHtml } from '../security/csp';
import { contentTypeFor, resolveStaticPath } from '../security/static-files';
import { isTokenQuery, sessionCookie } from './session';

/**
 * The web bridge, built beside the renderer (`out/renderer/__xingping/bridge.js`, one
 * self-contained script): it defines `window.xingping` before the app runs.
 */
export const BRIDGE_PATH = '/__xingping/bridge.js';

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Serves the built renderer; index.html gets the CSP, a fresh nonce and the web bridge, and,
 * when opened with this server's `?token=`, the session cookie that one-time links need.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  options: { root: string; url: URL; token: string; port: number },
): Promise<void> {
  const urlPath = options.url.pathname;
  const file = resolveStaticPath(options.root, urlPath);
  if (file === null) {
    res.writeHead(404, COMMON_HEADERS).end();
    return;
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    res.writeHead(404, COMMON_HEADERS).end();
    return;
  }
  if (file.endsWith('index.html')) {
    const nonce = createNonce();
    const html = renderIndexHtml(content.toString('utf8'), nonce, [BRIDGE_PATH]);
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': buildCsp(nonce),
      'Cache-Control': 'no-store',
      ...(isTokenQuery(options.url.searchParams, options.token)
        ? { 'Set-Cookie': sessionCookie(options.port, options.token) }
        : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Cache-Control': urlPath.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}
