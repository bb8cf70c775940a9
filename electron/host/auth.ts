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

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
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
