/**
 * The entry names of a zip, read from its central directory without expanding anything: all we
 * need to tell a Word document from a workbook (or from a plain archive). null when the bytes
 * are not a well-formed zip.
 */
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const MAX_ENTRIES = 10_000;

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i -= 1) {
    if (buf.readUInt32LE(i) === END_SIG) return i;
  }
  return -1;
}

export function zipEntryNames(buf: Buffer): string[] | null {
  if (buf.length < 22) return null;
  const end = findEnd(buf);
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  const offset = buf.readUInt32LE(end + 16);
  // Evidence files are a few MB at most; zip64 markers here mean a damaged or odd file.
  if (count > MAX_ENTRIES || offset >= buf.length) return null;
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen > buf.length) return null;
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}
