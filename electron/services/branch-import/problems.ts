import type { BranchImportProblem } from '../../../shared/domain/views/branch-import';
import { columnLetter } from '../../workbook/column-letter';

/**
 * Stable codes; the renderer translates `branchImport.problems.<code>`, so never rename one.
 * File codes stop the whole file; row codes mark one row as an error.
 */
export const FILE_PROBLEM_CODES = [
  'file-empty',
  'file-too-large',
  'file-type',
  'not-xlsx',
  'xlsx-damaged',
  'zip-too-large',
  'xlsb',
  'encrypted',
  'ods',
  'utf16-text',
  'unsafe-xml',
  'too-complex',
  'mixed-encoding',
  'sheet-missing',
  'sheet-empty',
  'too-many-rows',
  'header-missing',
  'column-missing',
  'column-repeated',
  'column-outside',
] as const;
export const ROW_PROBLEM_CODES = [
  'township-missing',
  'name-missing',
  'name-invalid',
  'cell-error',
  'text-too-long',
  'branch-archived',
] as const;
/** Why apply refuses a file (thrown as INVALID_INPUT with `details.problem`). */
export const APPLY_PROBLEM_CODES = ['rows-invalid', 'file-invalid'] as const;

export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

export function fileProblem(
  code: FileProblemCode,
  params: Record<string, string | number> = {},
  sheet?: string,
): BranchImportProblem {
  return sheet === undefined ? { code, params } : { code, sheet, params };
}

/** A problem in one cell, named the way Excel names it: sheet, row and address. */
export function cellProblem(
  code: RowProblemCode,
  sheet: string,
  row: number,
  column: number,
  params: Record<string, string | number> = {},
): BranchImportProblem {
  return { code, sheet, row, cell: `${columnLetter(column)}${row}`, params };
}
