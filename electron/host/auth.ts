import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per start: only whoever got the printed URL can call the API. */
export function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Checks `Authorization: Bearer <token>` in constant time. */
export function hasValidBearer(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  return sameSecret(header.slice('Bearer '.length).trim(), token);
}

/** The cookie that lets other tabs of the same browser use the API (see `tokenCookie`). */
export const TOKEN_COOKIE = 'xingping_token';

/**
 * Set when the printed URL (with its token) is opened, so a second tab, a link opened in a new
 * tab or a reload without `?token=` still works. HttpOnly: no script on the page can read it;
 * SameSite=Strict: no other site's page sends it; it dies with the browser session, and the
 * token itself changes on every start.
 */
export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a `?token=` (or any given string) is this start's token, in constant time. */
export function isToken(given: string | null, token: string): boolean {
  return given !== null && sameSecret(given, token);
}

/** Checks the token cookie in constant time. */
export function hasValidCookie(header: string | undefined, token: string): boolean {
  if (!header) return false;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== TOKEN_COOKIE) continue;
    if (sameSecret(part.slice(at + 1).trim(), token)) return true;
  }
  return false;
}

/**
 * Refuses requests whose Host header is not this server's loopback address, so a web page on
 * another site cannot reach the API by pointing its own DNS name at 127.0.0.1 (DNS rebinding).
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** A browser sends Origin on cross-site POSTs; only our own page may call the API. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
