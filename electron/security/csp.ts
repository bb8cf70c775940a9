import { randomBytes } from 'node:crypto';
import { NONCE_META } from '../../shared/csp';

/**
 * The content security policy for every page of the app, in Electron and in the browser.
 * No inline script, no eval, nothing remote. antd injects its CSS-in-JS <style> tags at run
 * time, so styles carry a per-page nonce instead of being allowed with 'unsafe-inline'.
 */
export function buildCsp(nonce: string): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error('CSP nonce is malformed');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    // PDF evidence is shown in a frame from the page's own one-time links, nothing else.
    "frame-src 'self'",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function createNonce(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Prepares the built index.html for one page load: adds the nonce meta tag and any extra
 * scripts (the web bridge) before the app's own module script, so they run first.
 */
export function renderIndexHtml(
  html: string,
  nonce: string,
  scripts: readonly string[] = [],
): string {
  const tags = [
    `<meta name="${NONCE_META}" content="${nonce}">`,
    ...scripts.map((src) => `<script src="${src}"></script>`),
  ].join('\n    ');
  const at = html.indexOf('<script');
  if (at >= 0) return `${html.slice(0, at)}${tags}\n    ${html.slice(at)}`;
  return html.replace('</head>', `    ${tags}\n  </head>`);
}
