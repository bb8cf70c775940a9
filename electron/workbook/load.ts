import ExcelJS from 'exceljs';
import type { WorkbookRefusal } from './refusal';
import { guardRefusal } from './refusal';
import { checkXlsxBytes, expandedEntries } from './zip-guard';
import { withDefaultNamespace } from './unprefix';

export type LoadedWorkbook = { ok: true; workbook: ExcelJS.Workbook } | WorkbookRefusal;

/**
 * The one way a workbook is opened: the zip guard first (old .xls recognised, sizes checked
 * before anything expands), then exceljs. SpreadsheetML written with a namespace prefix
 * (`<x:worksheet>`) is rewritten to the default namespace first (unprefix.ts). A file exceljs
 * cannot read (missing parts, a renamed .ods) is `xlsx-damaged` with exceljs's words kept.
 */
export async function loadWorkbook(bytes: Buffer): Promise<LoadedWorkbook> {
  const verdict = checkXlsxBytes(bytes);
  if (!verdict.ok) return guardRefusal(verdict.code);
  const workbook = new ExcelJS.Workbook();
  try {
    const readable = verdict.prefixed ? withDefaultNamespace(expandedEntries(bytes)) : bytes;
    await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'xlsx-damaged', params: { message } };
  }
  return { ok: true, workbook };
}
