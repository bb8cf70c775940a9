import type { CellValue, TableColumn, TableSpec } from './table-spec';
import { cellWidth, displayWidth } from '../../workbook/text-width';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Header labels wrap onto two lines rather than widen a column of short numbers. */
const HEADER_WRAP = 12;
/** Points per printed line at the body's font size. */
export const LINE_HEIGHT = 14;
/** The title's font is about 1.5 times the body's. */
const TITLE_SCALE = 1.5;
/**
 * Widths count a CJK character as two units so columns never cut text; printed, one is nearer
 * 1.8, so line estimates for row heights use this to avoid needlessly tall rows.
 */
const PRINTED_CJK = 0.9;

/** Column widths (Excel units) that fit every value, counting CJK characters as two. */
export function columnWidths(spec: TableSpec): number[] {
  const widest = spec.columns.map((column) => Math.min(displayWidth(column.header), HEADER_WRAP));
  const decimals = spec.columns.map((column) => column.decimals ?? 2);
  const measure = (rows: CellValue[][]) => {
    // Plain loops: this runs over every cell of a province's ranking.
    for (const row of rows) {
      for (let c = 0; c < widest.length; c += 1) {
        const value = row[c];
        if (value === null || value === undefined || value === '') continue;
        const width = cellWidth(value, decimals[c]);
        if (width > (widest[c] ?? 0)) widest[c] = width;
      }
    }
  };
  measure(spec.rows);
  measure(spec.totals ?? []);
  return spec.columns.map((column, c) => {
    const fitted = Math.min(widest[c] ?? 0, column.wrapAt ?? MAX_WIDTH) + 2;
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, fitted));
  });
}

/**
 * A narrow table (the notice list) would wrap its title; its columns are widened in proportion
 * until the title (printed larger than the body) fits on one line.
 */
export function widenForTitle(widths: number[], title: string): number[] {
  const needed = displayWidth(title) * TITLE_SCALE + 4;
  const total = widths.reduce((a, b) => a + b, 0);
  if (total >= needed) return widths;
  const factor = needed / total;
  return widths.map((w) => Math.round(w * factor * 10) / 10);
}

/** Lines a row needs when its long cells wrap within their columns. */
export function rowLines(row: CellValue[], columns: TableColumn[], widths: number[]): number {
  let lines = 1;
  for (let c = 0; c < row.length; c += 1) {
    const value = row[c];
    if (typeof value !== 'string' || value === '') continue;
    const wraps = columns[c]?.wrapAt !== undefined;
    // Short text in a column that does not wrap is one line: the common case, kept cheap.
    if (!wraps && !value.includes('\n')) continue;
    const usable = Math.max(1, (widths[c] ?? MIN_WIDTH) - 1);
    const needed = value
      .split('\n')
      .reduce(
        (sum, line) =>
          sum + (wraps ? Math.max(1, Math.ceil((displayWidth(line) * PRINTED_CJK) / usable)) : 1),
        0,
      );
    if (needed > lines) lines = needed;
  }
  return lines;
}

/** Lines a paragraph merged across the whole sheet needs. */
export function paragraphLines(text: string, totalWidth: number): number {
  return text
    .split('\n')
    .reduce(
      (sum, line) =>
        sum + Math.max(1, Math.ceil((displayWidth(line) * PRINTED_CJK) / (totalWidth - 2))),
      0,
    );
}

/** Runs of consecutive columns sharing a group, for the merged first header row. */
export function headerGroups(
  columns: TableColumn[],
): { group: string; from: number; to: number }[] {
  const runs: { group: string; from: number; to: number }[] = [];
  columns.forEach((column, c) => {
    if (column.group === undefined) return;
    const last = runs.at(-1);
    if (last && last.group === column.group && last.to === c - 1) last.to = c;
    else runs.push({ group: column.group, from: c, to: c });
  });
  return runs;
}
