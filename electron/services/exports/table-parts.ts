import type { CellRange, SheetCell, SheetRow } from '../../workbook/xlsx-sheet';
import type { CellStyle, FontStyle } from '../../workbook/xlsx-styles';
import { CENTER, HEADER_FILL } from './styles';
import { headerGroups } from './table-layout';
import type { TableSpec } from './table-spec';

/** A row's cells as a sparse list, column A at index 0. */
export type Cells = (SheetCell | undefined)[];

/**
 * Puts `text` at columns `from`…`to` (1-based) of `row`, merged when it spans more than one.
 * The covered cells carry the same look, so borders and fills run along the whole merge.
 */
export function span(
  cells: Cells,
  merges: CellRange[],
  row: number,
  from: number,
  to: number,
  text: string,
  style: CellStyle,
): void {
  cells[from - 1] = { value: text, style };
  for (let c = from + 1; c <= to; c += 1) cells[c - 1] = { value: null, style };
  if (to > from) merges.push({ top: row, left: from, bottom: row, right: to });
}

/** The two header rows: groups merged across their columns, ungrouped headers down both rows. */
export function headerRows(spec: TableSpec, font: FontStyle): SheetRow[] {
  const style: CellStyle = { border: 'thin', font, fill: HEADER_FILL, alignment: CENTER };
  const blank = (): Cells => spec.columns.map(() => ({ value: null, style }));
  const top = blank();
  const bottom = blank();
  const merges: CellRange[] = [];
  spec.columns.forEach((column, c) => {
    if (column.group === undefined) {
      top[c] = { value: column.header, style };
      merges.push({ top: 3, left: c + 1, bottom: 4, right: c + 1 });
    } else {
      bottom[c] = { value: column.header, style };
    }
  });
  for (const run of headerGroups(spec.columns)) {
    span(top, merges, 3, run.from + 1, run.to + 1, run.group, style);
  }
  return [
    { number: 3, height: 22, cells: top, merges },
    { number: 4, height: 30, cells: bottom },
  ];
}

/** Signature fields spread evenly over the sheet's width, e.g. 填表人 / 审核人 / 日期. */
export function signatureRow(spec: TableSpec, number: number, font: FontStyle): SheetRow | null {
  if (spec.signatures.length === 0) return null;
  const count = spec.columns.length;
  const parts = Math.min(spec.signatures.length, count);
  const style: CellStyle = { font, alignment: { horizontal: 'left', vertical: 'middle' } };
  const cells: Cells = [];
  const merges: CellRange[] = [];
  for (let i = 0; i < parts; i += 1) {
    const from = Math.floor((i * count) / parts) + 1;
    const to = Math.floor(((i + 1) * count) / parts);
    const text = spec.signatures.slice(i, i === parts - 1 ? undefined : i + 1).join('    ');
    span(cells, merges, number, from, to, text, style);
  }
  return { number, height: 28, cells, merges };
}
