import ExcelJS from 'exceljs';
import type { ZipProblem } from './zip-guard';
import { checkXlsxBytes, MAX_MERGED_RANGES, MAX_UNZIPPED_BYTES } from './zip-guard';

export type WorkbookProblem = ZipProblem;

export type LoadedWorkbook =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; code: WorkbookProblem; params: Record<string, string | number> };

/**
 * The one way a workbook is opened: the zip guard first (old .xls recognised, sizes checked
 * before anything expands), then exceljs. A file exceljs cannot read (missing parts, prefixed
 * XML, a renamed .ods) is `xlsx-damaged` with exceljs's words kept for the log.
 */
export async function loadWorkbook(bytes: Buffer): Promise<LoadedWorkbook> {
  const verdict = checkXlsxBytes(bytes);
  if (!verdict.ok) {
    const params: Record<string, number> =
      verdict.code === 'zip-too-large'
        ? { limitMb: MAX_UNZIPPED_BYTES / 1024 / 1024 }
        : verdict.code === 'too-complex'
          ? { limit: MAX_MERGED_RANGES }
          : {};
    return { ok: false, code: verdict.code, params };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'xlsx-damaged', params: { message } };
  }
  return { ok: true, workbook };
}
