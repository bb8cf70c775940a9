/**
 * Tab-separated text as Excel and WPS put it on the clipboard: columns split by tabs, rows by
 * CRLF (LF or CR from other programs), usually a trailing newline, and cells holding a tab, a
 * newline or a quote wrapped in double quotes with inner quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  if (text.length === 0) return rows;
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    const closed = text[i] === '"' ? readQuoted(text, i) : null;
    if (closed) {
      cell = closed.value;
      i = closed.end;
    }
    // After a quoted cell, or in a plain one, everything up to the next tab or newline counts.
    while (i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') {
      cell += text[i];
      i += 1;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === '\t') {
      i += 1;
      continue;
    }
    // \r\n, \n or \r ends the row; a newline at the very end does not start another one.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}

/** A quoted cell starting at `start`, or null when the quote never closes (then it is text). */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += text[i];
    i += 1;
  }
  return null;
}

/** The reverse, quoting like Excel so the block pastes back into Excel or the grid unchanged. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => (/[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join('\t'),
    )
    .join('\r\n');
}
