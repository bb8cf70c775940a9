/**
 * The one formula-safe text function of every workbook writer. Text a spreadsheet could take
 * for a formula when a user copies the cell or re-saves the file as CSV (`=HYPERLINK(…)`, `+1`,
 * `-2`, `@x`, a leading tab or carriage return) gets a leading `'`. Only text goes through
 * here: numbers are written as numbers and stay untouched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Control characters XML cannot hold: every writer drops them from the file (exceljs and
 * `xml-text.ts` alike), so `\u0001=SUM(1)` would reach the cell as `=SUM(1)`. The guard looks
 * past them.
 */
// eslint-disable-next-line no-control-regex -- these are the characters it looks past
const DROPPED_THEN_FORMULA = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f]+[=+\-@\t\r]/;

export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) || DROPPED_THEN_FORMULA.test(text) ? `'${text}` : text;
}

/** A cell value for a writer: text made formula-safe, numbers, dates and empties as they are. */
export function safeCellValue<T>(value: T): T | string {
  return typeof value === 'string' ? formulaSafe(value) : value;
}

/**
 * Text as it was before `formulaSafe`, for readers of our own workbooks (a rubric exported and
 * imported again keeps a name such as “-”): one `'` before a formula character is dropped.
 */
export function withoutFormulaGuard(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
