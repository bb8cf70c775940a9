import type { Cell, CellValue } from 'exceljs';
import { withoutFormulaGuard } from './safe-text';

/** Spaces people paste in from Word and WPS: full-width, no-break, zero-width, BOM. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u3000\u00a0]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .trim();
}

/**
 * A cell's value as a number (when it holds one) or as trimmed text: rich text joined, a
 * formula's cached result, a hyperlink's text, an error as its code (#N/A), so whatever Excel
 * or WPS wrote reads as what the person sees. Text our writers guarded against formulas (a
 * leading `'`) reads back as it was written.
 */
export function readValue(value: CellValue): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return withoutFormulaGuard(cleanText(value));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cleanText(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? '' : readValue(result as CellValue);
  }
  if ('text' in value) return readValue(value.text);
  return '';
}

export function readCell(cell: Cell): string | number {
  return readValue(cell.value);
}

export function readText(cell: Cell): string {
  const v = readCell(cell);
  return typeof v === 'number' ? String(v) : v;
}

/**
 * A cell to the right of a merge's first cell. exceljs repeats the merged text in every cell;
 * across a row that would duplicate a title into every column, so those read as empty. Down a
 * column (a parent code merged over its children's rows) the repeated value is what is meant.
 */
export function isRowMergeFollower(cell: Cell): boolean {
  return (
    cell.isMerged &&
    cell.master.address !== cell.address &&
    cell.master.fullAddress.row === cell.fullAddress.row
  );
}
