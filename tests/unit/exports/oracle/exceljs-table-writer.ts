import ExcelJS from 'exceljs';
import type { WriteStream } from 'node:fs';
import { guardCellValue } from '../../../../electron/workbook/write';
import type { SheetFonts } from './exceljs-styles';
import {
  BORDER,
  bodyFont,
  CENTER,
  LEFT,
  numberFormat,
  pageSetup,
  titleFont,
} from './exceljs-styles';
import {
  columnWidths,
  LINE_HEIGHT,
  paragraphLines,
  rowLines,
  widenForTitle,
} from '../../../../electron/services/exports/table-layout';
import type { CellValue, TableSpec } from '../../../../electron/services/exports/table-spec';
import { HEADER_ROWS } from '../../../../electron/services/exports/table-spec';
import { writeHeaders, writeSignatures } from './exceljs-table-parts';

/**
 * How the exports were written until 2026-12-06 (exceljs's streaming writer), kept as the
 * reference the exports' own writer is compared with (streamed-writer.test.ts).
 */
export function streamingWorkbook(stream: WriteStream): ExcelJS.stream.xlsx.WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
}

export interface WriteContext {
  fonts: SheetFonts;
  /** Footer with Excel's page codes, e.g. `第 &P 页，共 &N 页`. */
  footer: string;
  /** Who made the export, printed at the left of every page's footer (制表人：张三). */
  preparedBy: string;
}

/** Text inside an Excel header or footer: a lone `&` would start a code, `&&` prints one. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Every cell is set here: text guarded against formulas, numbers written as numbers. */
function setValue(cell: ExcelJS.Cell, value: CellValue): void {
  cell.value = guardCellValue(value);
}

/**
 * Writes one table into a streaming workbook: title across the sheet, unit and date line, two
 * header rows with merged groups, bordered body, totals, notes and signature line. Rows are
 * committed as they are written, so a province's ranking never sits in memory as cells.
 */
export function writeTable(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: TableSpec,
  context: WriteContext,
): void {
  const widths = widenForTitle(columnWidths(spec), spec.title);
  const count = spec.columns.length;
  const sheet = workbook.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', xSplit: spec.freezeColumns ?? 0, ySplit: HEADER_ROWS }],
    pageSetup: pageSetup(HEADER_ROWS),
    headerFooter: { oddFooter: `&L${footerText(context.preparedBy)}&C${context.footer}` },
  });
  sheet.columns = widths.map((width) => ({ width }));
  const font = bodyFont(context.fonts);
  const bold = bodyFont(context.fonts, true);

  const title = sheet.getRow(1);
  setValue(title.getCell(1), spec.title);
  title.getCell(1).font = titleFont(context.fonts);
  title.getCell(1).alignment = CENTER;
  title.height = 36;
  sheet.mergeCells(1, 1, 1, count);
  title.commit();

  const line = sheet.getRow(2);
  const split = Math.max(1, Math.ceil(count / 2));
  setValue(line.getCell(1), spec.unitLine);
  line.getCell(1).font = font;
  line.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
  if (count > 1) {
    setValue(line.getCell(split + 1), spec.dateLine);
    line.getCell(split + 1).font = font;
    line.getCell(split + 1).alignment = { horizontal: 'right', vertical: 'middle' };
    if (split > 1) sheet.mergeCells(2, 1, 2, split);
    if (count > split + 1) sheet.mergeCells(2, split + 1, 2, count);
  }
  line.height = 22;
  line.commit();

  writeHeaders(sheet, spec, bold);

  let rowNumber = HEADER_ROWS;
  const plain = columnStyles(spec, font);
  const strong = columnStyles(spec, bold);
  const body = (values: CellValue[], styles: ColumnStyle[]): ExcelJS.Row => {
    rowNumber += 1;
    const row = sheet.getRow(rowNumber);
    for (let c = 0; c < count; c += 1) {
      const cell = row.getCell(c + 1);
      const value = values[c] ?? null;
      setValue(cell, value);
      const style = styles[c];
      // Shared style objects: exceljs recognises one it has seen and skips re-serialising it,
      // which is most of the cost of styling 46,000 rows.
      if (style) cell.style = typeof value === 'number' ? style.number : style.text;
    }
    const lines = rowLines(values, spec.columns, widths);
    if (lines > 1) row.height = lines * LINE_HEIGHT + 4;
    return row;
  };
  // A streamed row cannot change once committed, so rows inside a vertical merge wait for it.
  const mergesEndingAt = new Map<number, { column: number; from: number }[]>();
  for (const merge of spec.bodyMerges ?? []) {
    if (merge.to <= merge.from) continue;
    const list = mergesEndingAt.get(merge.to) ?? [];
    list.push({ column: merge.column, from: merge.from });
    mergesEndingAt.set(merge.to, list);
  }
  const firstBody = rowNumber + 1;
  spec.rows.forEach((values, index) => {
    const row = body(values, plain);
    for (const merge of mergesEndingAt.get(index) ?? []) {
      sheet.mergeCells(firstBody + merge.from, merge.column + 1, rowNumber, merge.column + 1);
    }
    if (!isHeld(spec, index)) row.commit();
  });
  for (const values of spec.totals ?? []) body(values, strong).commit();

  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const paragraph = (text: string, height: number) => {
    rowNumber += 1;
    const row = sheet.getRow(rowNumber);
    setValue(row.getCell(1), text);
    row.getCell(1).font = font;
    row.getCell(1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    row.height = height;
    sheet.mergeCells(rowNumber, 1, rowNumber, count);
    row.commit();
  };
  if (spec.notes?.length) {
    rowNumber += 1;
    for (const note of spec.notes) {
      paragraph(note, paragraphLines(note, totalWidth) * LINE_HEIGHT + 6);
    }
  }
  writeSignatures(sheet, spec, rowNumber + 2, font);
  sheet.commit();
}

export interface ColumnStyle {
  text: Partial<ExcelJS.Style>;
  number: Partial<ExcelJS.Style>;
}

/** One style object per column and kind of value, shared by every cell of the column. */
export function columnStyles(spec: TableSpec, font: Partial<ExcelJS.Font>): ColumnStyle[] {
  return spec.columns.map((column) => {
    const base = column.align === 'left' ? LEFT : CENTER;
    // A merged cell spanning pages prints its text once: at the top, where the group starts.
    const alignment = column.valign === 'top' ? { ...base, vertical: 'top' as const } : base;
    const text: Partial<ExcelJS.Style> = { border: BORDER, font, alignment };
    return { text, number: { ...text, numFmt: numberFormat(column.decimals ?? 2) } };
  });
}

/** Whether a body row lies inside a vertical merge that has not been completed yet. */
function isHeld(spec: TableSpec, index: number): boolean {
  return (spec.bodyMerges ?? []).some((m) => m.to > m.from && index >= m.from && index < m.to);
}
