import type { RubricProblem } from '../../../../shared/domain/views';

/**
 * Problems only a file can have (on top of the validation codes, which a file can have too).
 * Stable codes: the renderer translates `rubricProblems.<code>`; never rename one.
 */
export const RUBRIC_FILE_PROBLEM_CODES = [
  'file-too-large',
  'not-xlsx',
  'xlsx-damaged',
  'zip-too-large',
  'xlsb',
  'encrypted',
  'ods',
  'utf16-text',
  'unsafe-xml',
  'too-complex',
  'sheet-missing',
  'header-missing',
  'column-missing',
  'json-invalid',
  'format-unknown',
  'version-unsupported',
  'code-missing',
  'code-invalid',
  'parent-missing',
  'parent-unknown',
  'parent-wrong-level',
  'type-missing',
  'name-missing',
  'maximum-missing',
  'number-invalid',
  'number-too-precise',
  'param-unknown',
  'param-invalid',
  'param-missing',
  'param-repeated',
  'scheme-kind-missing',
  'scheme-key-unknown',
  'scheme-key-repeated',
  'scheme-key-unused',
  'scheme-value-invalid',
] as const;
export type RubricFileProblemCode = (typeof RUBRIC_FILE_PROBLEM_CODES)[number];

export function fileProblem(
  code: RubricFileProblemCode | 'duplicate-code' | 'unknown-type',
  at: string,
  params: Record<string, string | number> = {},
  row?: number,
): RubricProblem {
  return row === undefined ? { code, at, params } : { code, at, row, params };
}
