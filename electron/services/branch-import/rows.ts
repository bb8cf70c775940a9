import type {
  BranchImportMapping,
  BranchImportProblem,
  BranchImportRow,
} from '../../../shared/domain/views/branch-import';
import { orgNameKey, spellingKey } from '../../../shared/domain/org-name';
import type { Grid } from './grid';
import { textOf } from './grid';
import { cellProblem } from './problems';
import { isErrorValue, isFooter, isSubtotal, tidyName, typeFromName, typeFromWord } from './words';

/** As long as org_units allows. */
const MAX_NAME = 200;

/** A row read from the file, before the database says whether its branch exists. */
export interface ReadRow extends BranchImportRow {
  /** Organisation keys (shared/domain/org-name.ts): 西上屯村党支部 and 西上屯村 share one. */
  townshipKey: string;
  nameKey: string;
  /** The type came from the name, not a type cell: it never changes an existing branch. */
  typeInferred: boolean;
}

function firstText(grid: Grid, row: number): string {
  for (let c = 1; c <= grid.columnCount; c += 1) {
    const text = textOf(grid.value(row, c));
    if (text !== '') return text;
  }
  return '';
}

function base(row: number, township: string, name: string, typeText: string): ReadRow {
  return {
    row,
    township,
    name,
    typeText,
    branchType: null,
    townshipFilled: false,
    status: 'new',
    newTownship: false,
    enrol: false,
    problems: [],
    townshipKey: '',
    nameKey: '',
    typeInferred: false,
  };
}

/** Checks a name cell; returns the tidy text or records why it cannot be used. */
function checkName(
  text: string,
  column: number,
  at: { grid: Grid; row: number },
  problems: BranchImportProblem[],
  kind: 'township' | 'name',
): string {
  const cell = (code: Parameters<typeof cellProblem>[0], params = {}) =>
    problems.push(cellProblem(code, at.grid.name, at.row, column, params));
  if (text === '') cell(kind === 'name' ? 'name-missing' : 'township-missing');
  else if (isErrorValue(text)) cell('cell-error', { value: text });
  else if (kind === 'name' && /^[\d.\s]+$/.test(text)) cell('name-invalid', { value: text });
  else if (text.length > MAX_NAME) cell('text-too-long', { max: MAX_NAME });
  else return tidyName(text);
  return text;
}

/**
 * Every data row under the header: township cells left empty under a filled one (or merged
 * over several rows) take the township above; subtotal and footer lines are marked skipped;
 * a branch listed twice, also under another spelling (西上屯村 / 西上屯村党支部 / 西上屯 村),
 * is marked a duplicate of its first row. Blank rows are left out.
 */
export function readRows(grid: Grid, headerRow: number, mapping: BranchImportMapping): ReadRow[] {
  const out: ReadRow[] = [];
  const seen = new Map<string, { row: number; name: string }>();
  let lastTownship: string | null = null;
  const text = (r: number, c: number | null) => (c === null ? '' : textOf(grid.value(r, c)));
  for (let r = headerRow + 1; r <= grid.rowCount; r += 1) {
    const rawTownship = text(r, mapping.township);
    const rawName = text(r, mapping.name);
    const typeText = text(r, mapping.type);
    const first = firstText(grid, r);
    if (first === '') continue;
    const row = base(r, rawTownship, rawName, typeText);
    if (isFooter(first)) {
      out.push({ ...row, status: 'skipped', skipReason: 'footer' });
      continue;
    }
    if ([first, rawTownship, rawName].some(isSubtotal)) {
      // A new group starts after a subtotal; its township is written again.
      lastTownship = null;
      out.push({ ...row, status: 'skipped', skipReason: 'subtotal' });
      continue;
    }
    // Only other columns filled (党员数, 备注 …): not a branch.
    if (rawTownship === '' && rawName === '' && typeText === '') continue;
    // A township on a line of its own heads the villages below it (another common layout).
    if (mapping.township !== null && rawTownship !== '' && rawName === '' && typeText === '') {
      const problems: BranchImportProblem[] = [];
      const at = { grid, row: r };
      const township = checkName(rawTownship, mapping.township, at, problems, 'township');
      if (problems.length === 0) {
        lastTownship = township;
        out.push({ ...row, township, status: 'skipped', skipReason: 'heading' });
        continue;
      }
    }

    const problems: BranchImportProblem[] = [];
    const at = { grid, row: r };
    let township = rawTownship;
    if (township === '' && lastTownship !== null) {
      township = lastTownship;
      row.townshipFilled = true;
    } else if (mapping.township !== null) {
      township = checkName(rawTownship, mapping.township, at, problems, 'township');
      if (problems.length === 0) lastTownship = township;
    }
    const name =
      mapping.name === null ? '' : checkName(rawName, mapping.name, at, problems, 'name');
    let branchType = typeFromName(name);
    if (typeText !== '' && mapping.type !== null) {
      if (isErrorValue(typeText))
        problems.push(cellProblem('cell-error', grid.name, r, mapping.type, { value: typeText }));
      else branchType = typeFromWord(typeText);
    }
    Object.assign(row, { township, name, branchType, problems });
    row.typeInferred = typeText === '';
    row.townshipKey = orgNameKey(township);
    row.nameKey = orgNameKey(name);
    if (problems.length > 0) {
      out.push({ ...row, status: 'error', branchType: null });
      continue;
    }
    const key = `${row.townshipKey}\u0000${row.nameKey}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, { row: r, name });
      out.push(row);
    } else {
      // 西上屯村 and later 西上屯村党支部: one branch, and the preview says which row it repeats.
      const spelled = spellingKey(earlier.name) === spellingKey(name);
      out.push({
        ...row,
        status: 'duplicate',
        duplicateOf: earlier.row,
        ...(spelled ? {} : { matchedName: earlier.name }),
      });
    }
  }
  return out;
}
