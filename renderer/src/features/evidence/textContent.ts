/** The text of a plain-text file: UTF-8 when it is valid UTF-8, else GB18030 (Chinese Windows). */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
