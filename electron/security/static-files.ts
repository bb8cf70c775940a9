import { extname, resolve, sep } from 'node:path';

/**
 * Maps request paths to built renderer files, for the Electron protocol handler and the web
 * host alike (so no Electron imports here). Anything that could leave `root` is refused rather
 * than normalised: a request that needs cleaning up is not one our own pages make.
 */

const MAX_PATH_LENGTH = 1024;

/**
 * Returns the absolute file path for `urlPath` (a URL's pathname, percent-encoded) under
 * `root`, or null when the path is malformed or tries to escape. `/` and `/dir/` map to
 * `index.html`.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (typeof urlPath !== 'string' || urlPath.length > MAX_PATH_LENGTH) return null;
  if (!urlPath.startsWith('/')) return null;
  if (urlPath.includes('\\') || urlPath.includes('\0')) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // After one decoding there must be nothing left to decode (blocks %252e%252e tricks), no
  // backslash (a separator on Windows), no control characters and no drive or stream colons.
  // eslint-disable-next-line no-control-regex
  if (/[%\\:\u0000-\u001f\u007f]/.test(decoded)) return null;

  const segments = decoded.slice(1).split('/');
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = 'index.html';
  for (const segment of segments) {
    // Empty segments (`//`), `.`/`..` and hidden files are never part of the build output.
    if (segment === '' || segment.startsWith('.')) return null;
  }

  const base = resolve(root);
  const file = resolve(base, ...segments);
  if (!file.startsWith(base + sep)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Served with `X-Content-Type-Options: nosniff`, so unknown types must not guess. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
