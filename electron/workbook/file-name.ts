/**
 * A file name every system accepts: control characters and `\ / : * ? " < > |` become `_`,
 * trailing dots and spaces (Windows drops them) go, and the name is cut to `maxLength`.
 */
export function safeFileName(name: string, fallback = 'export', maxLength = 120): string {
  const cleaned = [...name]
    .map((char) => ((char.codePointAt(0) ?? 0) < 32 || '/\\:*?"<>|'.includes(char) ? '_' : char))
    .slice(0, maxLength)
    .join('')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned || fallback;
}
