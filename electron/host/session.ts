import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { hasValidBearer } from './auth';

/**
 * A link the browser follows by itself (a download, an image, a PDF in a frame, the event
 * stream) cannot carry the `Authorization` header, so the page's token also travels as a
 * cookie: HttpOnly (scripts cannot read it), SameSite=Strict (other sites cannot send it),
 * named per port (cookies ignore ports; two servers must not share one).
 */
export function sessionCookieName(port: number): string {
  return `xingping_${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${sessionCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** The token as a Bearer header (fetch, uploads) or as the session cookie (links). */
export function hasSession(req: IncomingMessage, token: string, port: number): boolean {
  if (hasValidBearer(req.headers.authorization, token)) return true;
  const cookie = cookieValue(req.headers.cookie, sessionCookieName(port));
  return cookie !== null && sameSecret(cookie, token);
}

/** Whether `?token=` of the page's address is this server's token (then the cookie is set). */
export function isTokenQuery(search: URLSearchParams, token: string): boolean {
  const given = search.get('token');
  return given !== null && sameSecret(given, token);
}
