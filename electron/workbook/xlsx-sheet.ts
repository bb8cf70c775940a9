import { columnLetter } from './column-letter';
import { formulaSafe } from './safe-text';
import type { CellStyle, StyleTable } from './xlsx-styles';
import { xmlText } from './xml-text';

/**
 * A worksheet as our streamed tables describe it, and its XML produced piece by piece: a
 * province's summary (46,000 rows) is never whole in memory, neither as cells nor as text.
 *
 * This is where the streamed workbooks' text cells are serialised, so every one passes
 * `formulaSafe` here, as `write.ts` does for the exceljs workbooks
 * (`tests/unit/workbook/writers-guarded.test.ts` keeps it so).
 */
export interface SheetCell {
  value: string | number | null;
  style?: CellStyle;
}

/** 1-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetRow {
  /** 1-based; rows come in ascending order, gaps allowed. */
  number: number;
  /** In points; omitted for the default height. */
  height?: number;
  /** Index 0 is column A; a hole is an empty, unstyled cell. */
  cells: readonly (SheetCell | undefined)[];
  /** Merged ranges, written after the rows (a range may end on a later row). */
  merges?: readonly CellRange[];
}

export interface PageLayout {
  paperSize: number;
  orientation: 'portrait' | 'landscape';
  /** Pages wide and tall to fit onto; 0 tall means as many as needed. */
  fitToWidth: number;
  fitToHeight: number;
  horizontalCentered: boolean;
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  /** Rows repeated at the top of every printed page, e.g. `[3, 4]`. */
  printTitleRows?: readonly [number, number];
}

export interface SheetSource {
  name: string;
  /** Column widths in characters, column A first. */
  widths: readonly number[];
  /** Columns and rows kept in view while scrolling. */
  frozen?: { columns: number; rows: number };
  page?: PageLayout;
  /** The printed footer with Excel's codes (`&L…&C第 &P 页`), as the caller made it. */
  footer?: string;
  rows: Iterable<SheetRow>;
}

const OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/**
 * Text out in pieces of about this many characters. Kept well under V8's large-object size
 * (CJK text is two bytes a character): a larger piece lives in the old generation until a full
 * collection, and a province's summary then piled up ~60 MB of them (measured).
 */
const PIECE = 16 * 1024;

function rangeRef(r: CellRange): string {
  return `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;
}

function paneXml(frozen: { columns: number; rows: number }): string {
  const { columns, rows } = frozen;
  if (columns === 0 && rows === 0) return '';
  const pane = columns && rows ? 'bottomRight' : columns ? 'topRight' : 'bottomLeft';
  return (
    '<pane' +
    (columns ? ` xSplit="${columns}"` : '') +
    (rows ? ` ySplit="${rows}"` : '') +
    ` topLeftCell="${columnLetter(columns + 1)}${rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/>`
  );
}

function colsXml(widths: readonly number[]): string {
  if (widths.length === 0) return '';
  const cols = widths.map(
    (width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
  );
  return `<cols>${cols.join('')}</cols>`;
}

function headXml(sheet: SheetSource): string {
  return (
    OPEN +
    (sheet.page ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews><sheetView workbookViewId="0">${sheet.frozen ? paneXml(sheet.frozen) : ''}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(sheet.widths) +
    '<sheetData>'
  );
}

function tailXml(sheet: SheetSource, merges: readonly CellRange[]): string {
  const page = sheet.page;
  const m = page?.margins;
  return (
    '</sheetData>' +
    (merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((r) => `<mergeCell ref="${rangeRef(r)}"/>`).join('')}</mergeCells>`
      : '') +
    (page?.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '') +
    (m
      ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`
      : '') +
    (page
      ? `<pageSetup paperSize="${page.paperSize}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>`
      : '') +
    (sheet.footer
      ? `<headerFooter><oddFooter>${xmlText(sheet.footer)}</oddFooter></headerFooter>`
      : '') +
    '</worksheet>'
  );
}

function cellXml(address: string, cell: SheetCell, styles: StyleTable): string {
  const s = cell.style ? ` s="${styles.id(cell.style)}"` : '';
  const { value } = cell;
  if (typeof value === 'number' && Number.isFinite(value)) {
    return `<c r="${address}"${s}><v>${value}</v></c>`;
  }
  if (typeof value === 'string' && value !== '') {
    const text = xmlText(formulaSafe(value));
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    return `<c r="${address}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  }
  return s ? `<c r="${address}"${s}/>` : '';
}

function rowXml(row: SheetRow, letters: string[], styles: StyleTable): string {
  const height = row.height === undefined ? '' : ` ht="${row.height}" customHeight="1"`;
  let cells = '';
  row.cells.forEach((cell, i) => {
    if (!cell) return;
    letters[i] ??= columnLetter(i + 1);
    cells += cellXml(`${letters[i]}${row.number}`, cell, styles);
  });
  return `<row r="${row.number}"${height}>${cells}</row>`;
}

/** The worksheet's XML in pieces; `styles` collects every look its cells use. */
export function* sheetXml(sheet: SheetSource, styles: StyleTable): Generator<string> {
  const merges: CellRange[] = [];
  const letters: string[] = [];
  let piece = headXml(sheet);
  let last = 0;
  for (const row of sheet.rows) {
    if (row.number <= last) throw new Error(`sheet ${sheet.name}: row ${row.number} after ${last}`);
    last = row.number;
    piece += rowXml(row, letters, styles);
    if (row.merges) merges.push(...row.merges);
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield piece + tailXml(sheet, merges);
}
