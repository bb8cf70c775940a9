import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { buildCsp, createNonce, renderIndexHtml } from '../security/csp';
import { contentTypeFor, resolveStaticPath } from '../security/static-files';

export const BRIDGE_PATH = '/__xingping/bridge.js';

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Serves the built renderer; index.html gets the CSP, a fresh nonce and the web bridge. */
export async function serveStatic(
  res: ServerResponse,
  options: { root: string; urlPath: string; bridgeScript: string },
): Promise<void> {
  if (options.urlPath === BRIDGE_PATH) {
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(options.bridgeScript);
    return;
  }
  const file = resolveStaticPath(options.root, options.urlPath);
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
    });
    res.end(html);
    return;
  }
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Cache-Control': options.urlPath.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  res.end(content);
}
