/**
 * Sites the app may hand to the system browser via `shell.openExternal`. Anything else is
 * dropped: openExternal on an arbitrary URL can launch local programs (file:, smb:, custom
 * protocol handlers), so the list stays short and exact.
 */
export const EXTERNAL_HOST_ALLOW_LIST: readonly string[] = Object.freeze(['www.12371.cn']);

const MAX_URL_LENGTH = 2048;

/**
 * True only for a plain `https://<allow-listed host>/…` URL: no credentials, no explicit port
 * other than the default, no whitespace or control characters that parsers might strip.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  // The WHATWG parser silently drops tabs and newlines; a URL that needs that is not "plain".
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    EXTERNAL_HOST_ALLOW_LIST.includes(parsed.hostname)
  );
}
