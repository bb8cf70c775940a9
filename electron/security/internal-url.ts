/**
 * The app's own pages are served from a privileged custom protocol, never from file:// (which
 * would grant access to the whole disk) or from a remote server. This module is the one place
 * that decides what counts as "our own page".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'xingping';
export const APP_ORIGIN = 'app://xingping';
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Longer than any URL the app produces; refusing early keeps pathological input cheap. */
const MAX_URL_LENGTH = 4096;

/**
 * True only for `app://xingping/…`. The raw prefix check comes first because URL parsers
 * differ (Node treats a custom scheme as non-special, Chromium treats our registered standard
 * scheme like http), so `app://xingping\@evil`, `app://xingping.evil` or a leading space could
 * otherwise be read differently by the checker and by the browser.
 */
export function isInternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  if (!url.startsWith(`${APP_ORIGIN}/`)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.host === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
