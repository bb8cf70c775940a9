export interface RequestPath {
  /** The URL's pathname as sent, still percent-encoded (what static file lookup expects). */
  raw: string;
  /** The same, decoded once. */
  decoded: string;
}

/**
 * The path of a request, or null when the request target is not a URL or its percent-encoding
 * is malformed (`/api/%E0%A4%A`). The API and the static files both start from this, so a
 * malformed address gets one clear answer instead of an exception and a bare 500.
 */
export function parseRequestPath(target: string | undefined): RequestPath | null {
  try {
    const raw = new URL(target ?? '/', 'http://127.0.0.1').pathname;
    return { raw, decoded: decodeURIComponent(raw) };
  } catch {
    return null;
  }
}
