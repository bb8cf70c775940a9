import { cleanText } from '../../workbook/xlsx-cells';

export type CsvEncoding = 'utf-8' | 'gbk' | 'utf-16';

export type DecodedCsv =
  { ok: true; text: string; encoding: CsvEncoding } | { ok: false; line: number };

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The first line (1-based) whose encoding differs from the lines before it, or that is neither. */
function firstStrayLine(bytes: Buffer): number | null {
  let file: 'utf-8' | 'gbk' | null = null;
  let line = 0;
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end + 1;
    const part = bytes.subarray(start, stop);
    line += 1;
    start = stop;
    // Plain ASCII reads the same in both.
    if (part.every((b) => b < 0x80)) continue;
    const own = decodes('utf-8', part) ? 'utf-8' : decodes('gb18030', part) ? 'gbk' : null;
    if (own === null || (file !== null && own !== file)) return line;
    file = own;
  }
  return null;
}

/**
 * Chinese Excel saves “CSV” in the system code page (GBK) unless told “CSV UTF-8”, which adds
 * a BOM; its “Unicode text” is UTF-16 with a BOM. A file that is valid UTF-8 is read as UTF-8;
 * otherwise every line must be GBK: a file whose lines mix encodings (two files pasted
 * together) would import as garbled names, so it is refused naming the first line that
 * differs.
 */
export function decodeCsv(bytes: Buffer): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  if (decodes('utf-8', bytes))
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const stray = firstStrayLine(bytes);
  if (stray !== null) return { ok: false, line: stray };
  return { ok: true, text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
}

/** Comma unless the first line has more tabs or semicolons (some locales save those). */
function delimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * RFC 4180 with the usual leniency: quoted fields may hold delimiters, doubled quotes and line
 * breaks; a stray quote inside an unquoted field is kept as text. Values are cleaned like cells.
 */
export function parseCsv(text: string, maxRows: number): string[][] {
  const sep = delimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  const endField = () => {
    row.push(cleanText(field));
    field = '';
    atStart = true;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === sep) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endField();
      rows.push(row);
      row = [];
      // One row past the limit is enough to say the file is too long.
      if (rows.length > maxRows) return rows;
    } else {
      field += ch;
      atStart = false;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
