/**
 * The one formula-safe text function of every workbook writer. Text a spreadsheet could take
 * for a formula when a user copies the cell or re-saves the file as CSV (`=HYPERLINK(…)`, `+1`,
 * `-2`, `@x`, a leading tab or carriage return) gets a leading `'`. Only text goes through
 * here: numbers are written as numbers and stay untouched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
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
