import { guardRefusal } from './refusal';
import type { WorkbookRefusal } from './refusal';
import { partBytes, readBookParts } from './book-parts';
import { PartProblem } from './xml-pass';
import type { SheetReadLimits, SheetRowValues } from './sheet-values';
import { readSheetValues } from './sheet-values';
import { MAX_MERGED_RANGES, openXlsx } from './zip-guard';

export interface SheetValues {
  name: string;
  rows: SheetRowValues;
}

export type WorkbookValues =
  | { ok: true; sheets: SheetValues[] }
  | WorkbookRefusal
  | { ok: false; code: 'too-many-rows'; params: { limit: number }; sheet: string };

/**
 * The values of a workbook's visible sheets, for imports that need values only (the branch
 * list): the same zip guard as `loadWorkbook`, then one streaming pass per sheet instead of
 * exceljs's model. A part that is missing or is not XML makes the file `xlsx-damaged`, with
 * the parser's words kept as exceljs's are.
 */
export function readWorkbookValues(
  bytes: Buffer,
  limits: Omit<SheetReadLimits, 'maxMergedCells'>,
  onRows?: (done: number, total: number | null) => void,
): WorkbookValues {
  const opened = openXlsx(bytes);
  if (!opened.ok) return guardRefusal(opened.code);
  // Merges fill cells the file never wrote: at most what 5,000 merges of four full rows would.
  const sheetLimits = { ...limits, maxMergedCells: MAX_MERGED_RANGES * limits.maxColumns * 4 };
  try {
    // Prefixed SpreadsheetML (`<x:row>`) needs no rewrite here: the pass reads local names.
    const parts = new Map(opened.entries.map((e) => [e.name, e.data]));
    const book = readBookParts(parts);
    const sheets: SheetValues[] = [];
    for (const sheet of book.sheets) {
      if (sheet.state !== 'visible') continue;
      const xml = partBytes(parts, sheet.path);
      if (!xml) throw new PartProblem(`${sheet.path} is missing`);
      const read = readSheetValues(sheet.path, xml, book, sheetLimits, onRows);
      if (!read.ok && read.code === 'too-complex') return guardRefusal('too-complex');
      if (!read.ok)
        return { ok: false, code: read.code, params: { limit: limits.maxRows }, sheet: sheet.name };
      sheets.push({ name: sheet.name, rows: read.rows });
    }
    return { ok: true, sheets };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'xlsx-damaged', params: { message } };
  }
}
