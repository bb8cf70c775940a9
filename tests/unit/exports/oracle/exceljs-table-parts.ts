import type ExcelJS from 'exceljs';
import { guardCellValue } from '../../../../electron/workbook/write';
import { BORDER, CENTER, HEADER_FILL } from './exceljs-styles';
import { headerGroups } from '../../../../electron/services/exports/table-layout';
import type { TableSpec } from '../../../../electron/services/exports/table-spec';

/** Header and signature text is ours or the user's: neutralised like every text cell. */
function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = guardCellValue(text);
}

/** The two header rows: groups merged across their columns, ungrouped headers down both rows. */
export function writeHeaders(
  sheet: ExcelJS.Worksheet,
  spec: TableSpec,
  font: Partial<ExcelJS.Font>,
): void {
  const top = sheet.getRow(3);
  const bottom = sheet.getRow(4);
  const style = (cell: ExcelJS.Cell) => {
    cell.border = BORDER;
    cell.font = font;
    cell.fill = HEADER_FILL;
    cell.alignment = CENTER;
  };
  spec.columns.forEach((column, c) => {
    style(top.getCell(c + 1));
    style(bottom.getCell(c + 1));
    if (column.group === undefined) {
      setText(top.getCell(c + 1), column.header);
      sheet.mergeCells(3, c + 1, 4, c + 1);
    } else {
      setText(bottom.getCell(c + 1), column.header);
    }
  });
  for (const run of headerGroups(spec.columns)) {
    setText(top.getCell(run.from + 1), run.group);
    if (run.to > run.from) sheet.mergeCells(3, run.from + 1, 3, run.to + 1);
  }
  top.height = 22;
  bottom.height = 30;
  top.commit();
  bottom.commit();
}

/** Signature fields spread evenly over the sheet's width, e.g. 填表人 / 审核人 / 日期. */
export function writeSignatures(
  sheet: ExcelJS.Worksheet,
  spec: TableSpec,
  rowNumber: number,
  font: Partial<ExcelJS.Font>,
): void {
  if (spec.signatures.length === 0) return;
  const count = spec.columns.length;
  const parts = Math.min(spec.signatures.length, count);
  const row = sheet.getRow(rowNumber);
  for (let i = 0; i < parts; i += 1) {
    const from = Math.floor((i * count) / parts) + 1;
    const to = Math.floor(((i + 1) * count) / parts);
    const cell = row.getCell(from);
    setText(cell, spec.signatures.slice(i, i === parts - 1 ? undefined : i + 1).join('    '));
    cell.font = font;
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
    if (to > from) sheet.mergeCells(rowNumber, from, rowNumber, to);
  }
  row.height = 28;
  row.commit();
}
