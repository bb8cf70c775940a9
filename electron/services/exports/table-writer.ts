import type { CellRange, SheetRow, SheetSource } from '../../workbook/xlsx-sheet';
import type { CellStyle, FontStyle } from '../../workbook/xlsx-styles';
import type { SheetFonts } from './styles';
import { bodyFont, CENTER, LEFT, numberFormat, pageLayout, titleFont } from './styles';
import { columnWidths, LINE_HEIGHT, paragraphLines, rowLines, widenForTitle } from './table-layout';
import type { Cells } from './table-parts';
import { headerRows, signatureRow, span } from './table-parts';
import type { CellValue, TableSpec } from './table-spec';
import { HEADER_ROWS } from './table-spec';

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

export interface ColumnStyle {
  text: CellStyle;
  number: CellStyle;
}

/** One style object per column and kind of value, shared by every cell of the column. */
export function columnStyles(spec: TableSpec, font: FontStyle): ColumnStyle[] {
  return spec.columns.map((column) => {
    const base = column.align === 'left' ? LEFT : CENTER;
    // A merged cell spanning pages prints its text once: at the top, where the group starts.
    const alignment = column.valign === 'top' ? { ...base, vertical: 'top' as const } : base;
    const text: CellStyle = { border: 'thin', font, alignment };
    return { text, number: { ...text, numFmt: numberFormat(column.decimals ?? 2) } };
  });
}

/**
 * One table as a sheet: title across the sheet, unit and date line, two header rows with merged
 * groups, bordered body, totals, notes and signature line. Rows are made as the file takes
 * them, so a province's ranking never sits in memory as cells or as XML.
 */
export function tableSheet(spec: TableSpec, context: WriteContext): SheetSource {
  const widths = widenForTitle(columnWidths(spec), spec.title);
  return {
    name: spec.sheetName,
    widths,
    frozen: { columns: spec.freezeColumns ?? 0, rows: HEADER_ROWS },
    page: pageLayout(HEADER_ROWS),
    footer: `&L${footerText(context.preparedBy)}&C${context.footer}`,
    rows: tableRows(spec, widths, context.fonts),
  };
}

function* tableRows(spec: TableSpec, widths: number[], fonts: SheetFonts): Generator<SheetRow> {
  const count = spec.columns.length;
  const font = bodyFont(fonts);
  const bold = bodyFont(fonts, true);

  const title: Cells = [];
  const titleMerges: CellRange[] = [];
  span(title, titleMerges, 1, 1, count, spec.title, { font: titleFont(fonts), alignment: CENTER });
  yield { number: 1, height: 36, cells: title, merges: titleMerges };

  const line: Cells = [];
  const lineMerges: CellRange[] = [];
  const split = Math.max(1, Math.ceil(count / 2));
  const lineStyle = (horizontal: 'left' | 'right'): CellStyle => ({
    font,
    alignment: { horizontal, vertical: 'middle' },
  });
  span(line, lineMerges, 2, 1, count > 1 ? split : 1, spec.unitLine, lineStyle('left'));
  if (count > 1) span(line, lineMerges, 2, split + 1, count, spec.dateLine, lineStyle('right'));
  yield { number: 2, height: 22, cells: line, merges: lineMerges };

  yield* headerRows(spec, bold);

  const plain = columnStyles(spec, font);
  const strong = columnStyles(spec, bold);
  const covered = coveredCells(spec, plain);
  let number = HEADER_ROWS;
  const body = (values: CellValue[], styles: ColumnStyle[], index = -1): SheetRow => {
    number += 1;
    const cells: Cells = [];
    for (let c = 0; c < count; c += 1) {
      const master = covered.get(index * count + c);
      if (master) {
        // Inside a vertical merge: the merge shows its first cell; this one only carries its look.
        cells[c] = { value: null, style: master };
        continue;
      }
      const value = values[c] ?? null;
      const style = styles[c];
      cells[c] = { value, style: style && (typeof value === 'number' ? style.number : style.text) };
    }
    const lines = rowLines(values, spec.columns, widths);
    return { number, height: lines > 1 ? lines * LINE_HEIGHT + 4 : undefined, cells };
  };
  const firstBody = number + 1;
  const endingAt = mergesEndingAt(spec);
  for (let index = 0; index < spec.rows.length; index += 1) {
    const row = body(spec.rows[index]!, plain, index);
    const merges = (endingAt.get(index) ?? []).map((m) => ({
      top: firstBody + m.from,
      left: m.column + 1,
      bottom: row.number,
      right: m.column + 1,
    }));
    yield merges.length ? { ...row, merges } : row;
  }
  for (const values of spec.totals ?? []) yield body(values, strong);

  const totalWidth = widths.reduce((a, b) => a + b, 0);
  if (spec.notes?.length) {
    number += 1;
    const style: CellStyle = {
      font,
      alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
    };
    for (const note of spec.notes) {
      number += 1;
      const cells: Cells = [];
      const merges: CellRange[] = [];
      span(cells, merges, number, 1, count, note, style);
      const height = paragraphLines(note, totalWidth) * LINE_HEIGHT + 6;
      yield { number, height, cells, merges };
    }
  }
  const signatures = signatureRow(spec, number + 2, font);
  if (signatures) yield signatures;
}

/** Vertical merges by the body row they end on (0-based). */
function mergesEndingAt(spec: TableSpec): Map<number, { column: number; from: number }[]> {
  const byEnd = new Map<number, { column: number; from: number }[]>();
  for (const merge of spec.bodyMerges ?? []) {
    if (merge.to <= merge.from) continue;
    const list = byEnd.get(merge.to) ?? [];
    list.push({ column: merge.column, from: merge.from });
    byEnd.set(merge.to, list);
  }
  return byEnd;
}

/** Body cells covered by a vertical merge (`row * columns + column`), with their merge's look. */
function coveredCells(spec: TableSpec, styles: ColumnStyle[]): Map<number, CellStyle> {
  const covered = new Map<number, CellStyle>();
  const count = spec.columns.length;
  for (const merge of spec.bodyMerges ?? []) {
    const style = styles[merge.column];
    if (!style) continue;
    const master =
      typeof spec.rows[merge.from]?.[merge.column] === 'number' ? style.number : style.text;
    for (let r = merge.from + 1; r <= merge.to; r += 1)
      covered.set(r * count + merge.column, master);
  }
  return covered;
}
