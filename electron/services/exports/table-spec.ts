/** A sheet as the exports describe it, before any exceljs detail: the writer does the rest. */

export type CellValue = string | number | null;

export interface TableColumn {
  /** Second header row; with no group the header spans both header rows. */
  header: string;
  /** First header row: consecutive columns with the same group share one merged cell. */
  group?: string;
  /** Numbers are shown with this many decimals (0 for counts). */
  decimals?: number;
  /** Long text (criteria, remarks) wraps within at most this width instead of widening. */
  wrapAt?: number;
  align?: 'left' | 'center';
  valign?: 'top';
}

/** A vertical merge inside the body, e.g. a dimension name spanning its items' rows. */
export interface BodyMerge {
  column: number;
  /** Body row indexes (0-based), inclusive. */
  from: number;
  to: number;
}

export interface TableSpec {
  sheetName: string;
  title: string;
  /** Left of the line under the title: the unit. */
  unitLine: string;
  /** Right of that line: the date. */
  dateLine: string;
  columns: TableColumn[];
  rows: CellValue[][];
  bodyMerges?: BodyMerge[];
  /** Rows after the data in bold, e.g. 合计. */
  totals?: CellValue[][];
  /** Paragraphs after the table (the notice text), each merged across the sheet. */
  notes?: string[];
  /** Signature and date fields spread over one line at the end. */
  signatures: string[];
  /** Columns kept visible when scrolling sideways. */
  freezeColumns?: number;
}

/** Rows above the data: title, unit/date line, two header rows. */
export const HEADER_ROWS = 4;
