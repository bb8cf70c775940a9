/**
 * Text a spreadsheet could take for a formula when a user copies the cell or re-saves the file as
 * CSV (`=HYPERLINK(…)`, `+1`, `-2`, `@x`, a leading tab or carriage return) gets a leading `'`.
 * Only text goes through here: numbers are written as numbers and stay untouched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
