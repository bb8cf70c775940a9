import type {
  BranchImportMapping,
  BranchImportPreview,
  BranchImportProblem,
} from '../../../shared/domain/views/branch-import';
import { BRANCH_IMPORT_FIELDS } from '../../../shared/domain/views/branch-import';
import type { ScopeInput } from '../branch-registry';
import { resolveScope } from '../branch-registry';
import { dataRevision } from '../../store/revision';
import type { ServiceContext } from '../context';
import { classify, countRows, loadExisting, publicRow } from './classify';
import type { Grid } from './grid';
import { emptyMapping, findHeader, listColumns, REQUIRED_FIELDS } from './header';
import { fileProblem } from './problems';
import type { ChosenList } from './chosen-file';
import { readChosenList } from './chosen-file';
import type { ReadRow } from './rows';
import { readRows } from './rows';

/** Into a campaign (new branches take part in it) or into the county before any campaign. */
export interface BranchImportRequest extends ScopeInput {
  /** A file the user chose for `import` (held by main; see `ctx.files`). */
  fileId: string;
  sheetName?: string | undefined;
  mapping?: BranchImportMapping | undefined;
  /** Follows the reading's progress and lets the page cancel it. */
  jobId?: string | undefined;
}

/** The preview plus the rows as read (before matching), which apply matches again. */
export interface Analysis {
  /** Without its rows (`preview.rows` empty) when analysed for apply, which never shows them. */
  preview: BranchImportPreview;
  rows: ReadRow[];
  countyId: string;
  fileName: string;
  /** The campaign new branches join; null when importing into the county alone. */
  campaignId: string | null;
  /** Importing into the demo's county: what is created is demo data too. */
  isDemo: boolean;
}

function mappingProblems(grid: Grid, mapping: BranchImportMapping): BranchImportProblem[] {
  const problems: BranchImportProblem[] = [];
  for (const field of REQUIRED_FIELDS) {
    if (mapping[field] === null) problems.push(fileProblem('column-missing', { field }, grid.name));
  }
  const used = new Set<number>();
  for (const field of BRANCH_IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    if (column > grid.columnCount)
      problems.push(fileProblem('column-outside', { field, column }, grid.name));
    if (used.has(column)) problems.push(fileProblem('column-repeated', { field }, grid.name));
    used.add(column);
  }
  return problems;
}

/**
 * The last full analysis of a chosen list: its rows as read and the counts of their matching,
 * with what they were read and matched by. Apply analyses the file again to decide whether it
 * may go ahead; when nothing it depends on has moved since the preview (the same parse of the
 * same file, sheet, mapping and scope, and the same data revision, so the database is as it
 * was), reading and matching again would give these same rows and counts, so they are reused.
 * Kept by the parse (a WeakMap): it goes when the parse is forgotten or the file changes.
 */
interface Matched {
  sheet: string;
  mapping: string;
  countyId: string;
  campaignId: string | null;
  revision: number;
  rows: ReadRow[];
  counts: BranchImportPreview['counts'];
}
const lastMatched = new WeakMap<ChosenList, Matched>();

function pickSheet(grids: Grid[], sheetName: string | undefined): Grid | null {
  if (sheetName !== undefined) return grids.find((g) => g.name === sheetName) ?? null;
  return grids.find((g) => findHeader(g) !== null) ?? grids[0] ?? null;
}

/** Reads the file and says what importing it would do. Writes nothing. */
export async function analyseBranchFile(
  ctx: ServiceContext,
  request: BranchImportRequest,
  forApply = false,
): Promise<Analysis> {
  const { county, campaign } = resolveScope(ctx, request);
  const campaignId = campaign?.id ?? null;
  const read = await readChosenList(ctx, request.fileId, request.jobId);
  const preview: BranchImportPreview = {
    fileName: read.fileName,
    format: read.format,
    encoding: read.encoding,
    sheets: read.grids.map((g) => g.name),
    sheet: null,
    headerRow: null,
    columns: [],
    suggested: emptyMapping(),
    mapping: request.mapping ?? emptyMapping(),
    fileProblems: read.problem ? [read.problem] : [],
    rows: [],
    counts: countRows([]),
  };
  const done = (rows: ReadRow[] = []): Analysis => ({
    preview,
    rows,
    countyId: county.id,
    fileName: read.fileName,
    campaignId,
    isDemo: county.is_demo === 1,
  });
  if (read.problem) return done();

  const grid = pickSheet(read.grids, request.sheetName);
  if (grid === null) {
    preview.fileProblems.push(fileProblem('sheet-missing', { sheet: request.sheetName ?? '' }));
    return done();
  }
  preview.sheet = grid.name;
  if (grid.rowCount === 0) {
    preview.fileProblems.push(fileProblem('sheet-empty', {}, grid.name));
    return done();
  }
  const header = findHeader(grid);
  preview.headerRow = header?.row ?? null;
  preview.columns = listColumns(grid, preview.headerRow);
  if (header === null) {
    preview.fileProblems.push(fileProblem('header-missing', {}, grid.name));
    return done();
  }
  preview.suggested = header.suggested;
  const mapping = request.mapping ?? header.suggested;
  preview.mapping = mapping;
  preview.fileProblems.push(...mappingProblems(grid, mapping));
  if (preview.fileProblems.length > 0) return done();

  ctx.jobs.progress(request.jobId, 'check', 0, grid.rowCount);
  const key = {
    sheet: grid.name,
    mapping: JSON.stringify(mapping),
    countyId: county.id,
    campaignId,
    // NaN inside a transaction: then nothing is reused, nor kept.
    revision: dataRevision(ctx.db),
  };
  const known = lastMatched.get(read);
  if (
    forApply &&
    known !== undefined &&
    known.sheet === key.sheet &&
    known.mapping === key.mapping &&
    known.countyId === key.countyId &&
    known.campaignId === key.campaignId &&
    known.revision === key.revision
  ) {
    preview.counts = { ...known.counts };
    return done(known.rows);
  }
  const rows = readRows(grid, header.row, mapping);
  const matched = classify(rows, loadExisting(ctx.db, county.id, campaignId), grid.name);
  if (!forApply) preview.rows = matched.map(publicRow);
  preview.counts = countRows(matched);
  if (Number.isNaN(key.revision)) lastMatched.delete(read);
  else lastMatched.set(read, { ...key, rows, counts: { ...preview.counts } });
  return done(rows);
}

/** `branchImport.preview`: what importing the file would do; writes nothing. */
export async function previewBranchFile(
  ctx: ServiceContext,
  request: BranchImportRequest,
): Promise<BranchImportPreview> {
  return (await analyseBranchFile(ctx, request)).preview;
}
