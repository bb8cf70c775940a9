import type {
  BranchImportColumn,
  BranchImportField,
  BranchImportMapping,
} from '../../../shared/domain/views/branch-import';
import { columnLetter } from '../../workbook/column-letter';
import type { Grid } from './grid';
import { textOf } from './grid';
import { headerField } from './words';

/** Header rows are looked for this far down, below title, unit and date lines. */
const HEADER_SEARCH_ROWS = 30;

export interface Header {
  row: number;
  suggested: BranchImportMapping;
}

export const emptyMapping = (): BranchImportMapping => ({ township: null, name: null, type: null });

function rowMapping(grid: Grid, row: number): { mapping: BranchImportMapping; found: number } {
  const mapping = emptyMapping();
  let found = 0;
  for (let c = 1; c <= grid.columnCount; c += 1) {
    const field = headerField(textOf(grid.value(row, c)));
    if (field !== null && mapping[field] === null) {
      mapping[field] = c;
      found += 1;
    }
  }
  return { mapping, found };
}

/**
 * The first row naming two of the fields (township, name, type); failing that, the first
 * naming one, so a list without a township column still gets a header and a clear
 * “column missing” instead of “no header”.
 */
export function findHeader(grid: Grid): Header | null {
  let single: Header | null = null;
  for (let r = 1; r <= Math.min(grid.rowCount, HEADER_SEARCH_ROWS); r += 1) {
    const { mapping, found } = rowMapping(grid, r);
    if (found >= 2) return { row: r, suggested: mapping };
    if (found === 1 && single === null) single = { row: r, suggested: mapping };
  }
  return single;
}

/** Every column with its letter and header text, for the mapping selects. */
export function listColumns(grid: Grid, headerRow: number | null): BranchImportColumn[] {
  const columns: BranchImportColumn[] = [];
  for (let c = 1; c <= grid.columnCount; c += 1) {
    const header = headerRow === null ? '' : textOf(grid.value(headerRow, c));
    columns.push({ index: c, letter: columnLetter(c), header });
  }
  return columns;
}

export const REQUIRED_FIELDS: BranchImportField[] = ['township', 'name'];
