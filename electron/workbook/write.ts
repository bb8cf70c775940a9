import type ExcelJS from 'exceljs';
import { formulaSafe } from './safe-text';

/**
 * The one place workbooks are serialised. Every text cell passes `formulaSafe` here, whatever
 * wrote it, so a writer that forgets (a new sheet, a prefilled reason, a dropdown's labels)
 * cannot put a formula-looking text into a file: `tests/unit/workbook/injection.test.ts` feeds
 * every writer hostile text, and `writers-guarded.test.ts` keeps serialisation in this file.
 * The exports' large tables are written without exceljs, by `xlsx-sheet.ts`, which guards the
 * same way.
 * `formulaSafe` is idempotent, so text a writer already guarded is not guarded twice.
 */
export function guardCellValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return formulaSafe(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) {
    // Only the first run can start the cell's text.
    const [first, ...rest] = value.richText;
    if (!first || formulaSafe(first.text) === first.text) return value;
    return { ...value, richText: [{ ...first, text: formulaSafe(first.text) }, ...rest] };
  }
  if ('hyperlink' in value && typeof value.text === 'string') {
    const text = formulaSafe(value.text);
    return text === value.text ? value : { ...value, text };
  }
  // Formulas we write on purpose, errors, booleans and shared-formula followers stay as they are.
  return value;
}

function guardRow(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    // A merged follower reads its master's value (already guarded); only the master is set.
    if (cell.isMerged && cell.master.address !== cell.address) return;
    const guarded = guardCellValue(cell.value);
    if (guarded !== cell.value) cell.value = guarded;
  });
}

/** The workbook's bytes with every sheet's text guarded. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => guardRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
