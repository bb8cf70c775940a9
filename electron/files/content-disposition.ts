/**
 * `Content-Disposition` with the file's real (UTF-8) name for browsers (RFC 6266 / 5987) and
 * an ASCII stand-in for anything older: `attachment; filename="___.xlsx"; filename*=UTF-8''…`.
 */
export function contentDisposition(fileName: string, mode: 'inline' | 'attachment'): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${mode}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
