import { validateRubric } from '../../../../shared/domain/rubric-validate';
import type { RubricImportResult, RubricProblem } from '../../../../shared/domain/views';
import { fileProblem } from './problems';
import type { SchemeRead } from './scheme-read';
import { readScheme } from './scheme-read';
import type { BuiltTree } from './tree-build';
import { buildTree } from './tree-build';
import { COLUMN_HEADERS, RUBRIC_SHEET, SCHEME_SHEET } from './vocabulary';
import {
  findHeader,
  findRubricSheet,
  findSchemeSheet,
  readNodeRows,
  readSchemeCells,
  readTitle,
} from './xlsx-read';
import { loadWorkbook } from '../../../workbook/load';

const REQUIRED = ['code', 'name', 'type', 'max'] as const;

const failed = (name: string, problems: RubricProblem[]): RubricImportResult => ({
  definition: null,
  name,
  problems,
});

/** Where a validation problem sits in the workbook: its node's row, or its scheme row. */
function locate(
  p: RubricProblem,
  tree: BuiltTree,
  scheme: SchemeRead,
  sheets: { rubric: string; scheme: string },
): { row: number; sheet: string } | null {
  const byCode = tree.rowsByCode.get(p.at);
  if (byCode !== undefined && !p.at.startsWith('dimensions.'))
    return { row: byCode, sheet: sheets.rubric };
  const parts = p.at.split('.');
  for (let k = parts.length; k >= 1; k -= 1) {
    const path = parts.slice(0, k).join('.');
    const nodeRow = tree.rowsByPath.get(path);
    if (nodeRow !== undefined) return { row: nodeRow, sheet: sheets.rubric };
    const schemeRow = scheme.paths.get(path);
    if (schemeRow !== undefined) return { row: schemeRow, sheet: sheets.scheme };
  }
  return null;
}

/**
 * Folds validation problems into the file's own: each gets its row, and problems the file
 * already explains (a row that could not be read, a sum short of a row that could not be
 * placed, duplicates already named per row) are left out rather than reported twice.
 */
function mergeProblems(
  own: RubricProblem[],
  validation: RubricProblem[],
  tree: BuiltTree,
  scheme: SchemeRead,
  sheets: { rubric: string; scheme: string },
): RubricProblem[] {
  const brokenSchemeRows = new Set(
    own.flatMap((p) => (p.row !== undefined && p.params?.sheet === sheets.scheme ? [p.row] : [])),
  );
  const schemeMissing = own.some(
    (p) => p.code === 'scheme-kind-missing' || (p.code === 'sheet-missing' && p.at === 'scheme'),
  );
  const kept: RubricProblem[] = [];
  for (const p of validation) {
    if (p.code === 'duplicate-code') continue;
    if (p.code === 'maximum-mismatch' && tree.taintedCodes.has(p.at === 'max' ? 'max' : p.at))
      continue;
    if (schemeMissing && (p.at === 'scheme' || p.at.startsWith('scheme.'))) continue;
    const place = locate(p, tree, scheme, sheets);
    if (place) {
      const broken =
        place.sheet === sheets.rubric
          ? tree.brokenRows.has(place.row)
          : brokenSchemeRows.has(place.row);
      if (broken) continue;
      kept.push({ ...p, row: place.row, params: { ...p.params, sheet: place.sheet } });
    } else {
      kept.push(p);
    }
  }
  // In reading order: file-wide problems, then the rubric sheet's rows, then the scheme's.
  const order = (p: RubricProblem) =>
    p.row === undefined ? 0 : (p.params?.sheet === sheets.scheme ? 1e7 : 0) + p.row;
  return [...own, ...kept].sort((a, b) => order(a) - order(b));
}

export async function rubricFromXlsx(
  bytes: Buffer,
  fallbackName: string,
  fileName = fallbackName,
): Promise<RubricImportResult> {
  if (bytes.length === 0)
    return failed(fallbackName, [fileProblem('sheet-missing', 'rubric', { sheet: RUBRIC_SHEET })]);
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok)
    return failed(fallbackName, [
      fileProblem(loaded.code, '(file)', { ...loaded.params, file: fileName }),
    ]);
  const wb = loaded.workbook;
  const ws = findRubricSheet(wb);
  if (!ws)
    return failed(fallbackName, [fileProblem('sheet-missing', 'rubric', { sheet: RUBRIC_SHEET })]);
  const header = findHeader(ws);
  if (!header)
    return failed(fallbackName, [fileProblem('header-missing', 'rubric', { sheet: ws.name })]);
  const missing = REQUIRED.filter((c) => !header.columns.has(c));
  if (missing.length > 0)
    return failed(
      fallbackName,
      missing.map((c) =>
        fileProblem('column-missing', c, { sheet: ws.name, column: COLUMN_HEADERS[c] }, header.row),
      ),
    );
  // The title line above the table, else the workbook's title property, else the file name.
  const title = readTitle(ws, header.row) ?? (wb.title.trim() || fallbackName);
  const name = title.slice(0, 200);

  const tree = buildTree(readNodeRows(ws, header), header.columns, ws.name);
  const schemeWs = findSchemeSheet(wb, ws);
  const schemeSheet = schemeWs?.name ?? SCHEME_SHEET;
  const scheme: SchemeRead = schemeWs
    ? readScheme(readSchemeCells(schemeWs), schemeSheet)
    : { fields: {}, problems: [], paths: new Map() };
  const own = [...tree.problems, ...scheme.problems];
  if (!schemeWs) own.push(fileProblem('sheet-missing', 'scheme', { sheet: SCHEME_SHEET }));

  const fields = { ...scheme.fields };
  if (fields.max === undefined) fields.max = tree.total ?? 0;
  const raw = { ...fields, dimensions: tree.dimensions };
  const validation = validateRubric(raw);
  const sheets = { rubric: ws.name, scheme: schemeSheet };
  const problems = mergeProblems(own, validation.problems, tree, scheme, sheets);
  return { definition: problems.length === 0 ? validation.definition : null, name, problems };
}
