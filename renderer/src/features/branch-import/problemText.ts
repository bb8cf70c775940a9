import type { TFunction } from 'i18next';
import type { BranchImportProblem } from '../../../../shared/domain/views/branch-import';
import { ApiError } from '../../api/ApiError';
import { translateError } from '../../i18n/translateError';

const FIELDS = new Set(['township', 'name', 'type']);

/**
 * Keys are typed against the locale file; problem codes come from the main side, so a
 * computed key has to be widened to call t. A code without a translation shows as itself.
 */
function translateKey(t: TFunction, key: string, params: Record<string, unknown> = {}): string {
  const loose = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return loose(key, { defaultValue: key.slice(key.lastIndexOf('.') + 1), ...params });
}

/** A problem's sentence, with the field it names translated too. */
export function problemMessage(t: TFunction, problem: BranchImportProblem): string {
  const params: Record<string, string | number> = { ...problem.params };
  const field = params.field;
  if (typeof field === 'string' && FIELDS.has(field))
    params.field = translateKey(t, `branchImport.fields.${field}`);
  return translateKey(t, `branchImport.problems.${problem.code}`, params);
}

/** Where the problem is: “名册 工作表 C17 单元格”, or the sheet alone for a file problem. */
export function problemPlace(t: TFunction, problem: BranchImportProblem): string {
  if (problem.sheet === undefined) return '';
  if (problem.cell !== undefined)
    return t('branchImport.where', { sheet: problem.sheet, cell: problem.cell });
  if (problem.row !== undefined)
    return t('branchImport.whereRow', { sheet: problem.sheet, row: problem.row });
  return t('branchImport.whereSheet', { sheet: problem.sheet });
}

export function problemText(t: TFunction, problem: BranchImportProblem): string {
  const place = problemPlace(t, problem);
  return place === '' ? problemMessage(t, problem) : `${place}: ${problemMessage(t, problem)}`;
}

/** Apply refusals carry their own reason (rows with errors, an unreadable file). */
export function applyErrorText(t: TFunction, error: unknown): string {
  const details = error instanceof ApiError ? (error.details ?? {}) : {};
  const problem = details.problem;
  if (problem === 'rows-invalid' || problem === 'file-invalid')
    return translateKey(t, `branchImport.problems.${problem}`, details);
  return translateError(t, error);
}
