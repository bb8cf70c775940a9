import { cleanText } from '../../workbook/xlsx-cells';

/**
 * Chinese Excel saves “CSV” in the system code page (GBK) unless told “CSV UTF-8”, which adds
 * a BOM. Bytes that are valid UTF-8 are read as UTF-8; anything else as GBK, which accepts
 * every byte sequence a GBK file can hold.
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
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
