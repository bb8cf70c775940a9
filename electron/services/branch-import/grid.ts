/**
 * A sheet reduced to what the import needs: each cell as a number or trimmed text, with
 * title text merged across a row read once (in its first cell). Workbooks and CSV files
 * both become grids, so everything after reading is the same for both.
 */
export interface Grid {
  name: string;
  rowCount: number;
  columnCount: number;
  /** 1-based, like Excel; '' outside the data. */
  value(row: number, column: number): string | number;
}

/** Columns further right than this are not read (a branch list has a handful). */
export const MAX_COLUMNS = 100;
/** Rows further down than this make the file refused: a county has a few thousand branches. */
export const MAX_ROWS = 200_000;

export function textOf(value: string | number): string {
  return typeof value === 'number' ? String(value) : value;
}

/** A grid over rows already read: CSV lines, or a worksheet copied out of exceljs. */
export function arrayGrid(name: string, rows: (string | number)[][]): Grid {
  const columnCount = Math.min(
    MAX_COLUMNS,
    rows.reduce((max, r) => Math.max(max, r.length), 0),
  );
  return {
    name,
    rowCount: rows.length,
    columnCount,
    value: (row, column) => rows[row - 1]?.[column - 1] ?? '',
  };
}
