import type {
  MatrixCell,
  MatrixColumn,
  MatrixRow,
  ProgressFilter,
  ProgressMatrix,
} from '../../../shared/domain/views/progress';
import type { ServiceContext } from '../context';
import type { Store } from '../../store/open';
import type { CellRow } from './queries/matrix';
import { cellParams, roundCompletion, townshipCompletion } from './completion';
import {
  hasSelfSheets,
  listCampaignEvaluatorNames,
  listCampaignTownships,
  listCells,
  listMatrixBranches,
  listMissingItems,
  listWorkingEvaluators,
} from './queries/matrix';
import type { CampaignScope, RoundRef } from './scope';
import { itemNames, loadScope, requiredItemCodes, requireRound } from './scope';

export interface MatrixInput {
  campaignId: string;
  roundId: string;
  townshipId?: string | undefined;
  filter?: ProgressFilter | undefined;
  limit?: number | undefined;
}

/**
 * Evaluators with work in the round (assigned or a sheet opened). A review round nobody has been
 * assigned to yet lists the campaign's evaluators, so the empty matrix shows who could score;
 * a self round does not, as its work is the self column.
 */
function matrixColumns(ctx: ServiceContext, scope: CampaignScope, round: RoundRef): MatrixColumn[] {
  let evaluators = listWorkingEvaluators(ctx.db, round.id);
  if (evaluators.length === 0 && round.kind !== 'self') {
    evaluators = listCampaignEvaluatorNames(ctx.db, scope.campaign.id);
  }
  const columns: MatrixColumn[] = evaluators.map((e) => ({ evaluatorId: e.id, name: e.name }));
  // The self-assessment is its own column in a self round, and wherever one was filed.
  if (round.kind === 'self' || hasSelfSheets(ctx.db, round.id))
    columns.unshift({ evaluatorId: null, name: '' });
  return columns;
}

/** The required items each draft sheet still lacks, in rubric order. */
function missingItems(db: Store, sheetIds: string[], required: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (sheetIds.length === 0) return result;
  for (const row of listMissingItems(db, sheetIds, required)) {
    const list = result.get(row.sheet_id) ?? [];
    list.push(row.code);
    result.set(row.sheet_id, list);
  }
  return result;
}

function keep(cells: MatrixCell[], filter: ProgressFilter): boolean {
  const expected = cells.filter((c) => c.status !== 'unassigned');
  switch (filter) {
    case 'all':
      return true;
    case 'gaps':
      return expected.length === 0 || expected.some((c) => c.status !== 'submitted');
    case 'unassigned':
      return expected.length === 0;
    case 'submitted':
      return expected.length > 0 && expected.every((c) => c.status === 'submitted');
    default:
      return expected.some((c) => c.status === filter);
  }
}

/** The evaluator × branch matrix of one round, with completion per round and township. */
export function progressMatrix(ctx: ServiceContext, input: MatrixInput): ProgressMatrix {
  const scope = loadScope(ctx, input.campaignId);
  const round = requireRound(scope, input.roundId);
  const columns = matrixColumns(ctx, scope, round);
  const columnIndex = new Map(columns.map((c, i) => [c.evaluatorId ?? '', i]));
  const township = input.townshipId ?? null;
  const params = cellParams(scope, round, township);
  const branches = listMatrixBranches(ctx.db, scope.campaign.id, township);
  const cellRows = listCells(ctx.db, params);
  const byBranch = new Map<string, CellRow[]>();
  for (const row of cellRows) {
    const list = byBranch.get(row.branch_id) ?? [];
    list.push(row);
    byBranch.set(row.branch_id, list);
  }
  const filter = input.filter ?? 'all';
  const limit = input.limit ?? 5000;
  const matching: MatrixRow[] = [];
  let totalRows = 0;
  for (const branch of branches) {
    const cells: MatrixCell[] = columns.map(() => ({
      status: 'unassigned',
      expected: false,
      sheetId: null,
      entered: 0,
      missing: [],
    }));
    for (const row of byBranch.get(branch.id) ?? []) {
      const index = columnIndex.get(row.evaluator_id ?? '');
      if (index === undefined) continue;
      cells[index] = {
        status: row.status,
        expected: row.assigned === 1,
        sheetId: row.sheet_id,
        entered: row.entered,
        missing: [],
      };
    }
    if (!keep(cells, filter)) continue;
    totalRows += 1;
    if (matching.length < limit) {
      matching.push({
        branchId: branch.id,
        branchName: branch.name,
        townshipId: branch.township_id,
        townshipName: branch.township_name,
        cells,
      });
    }
  }
  const required = requiredItemCodes(scope.rubric);
  const inProgress = matching.flatMap((r) =>
    r.cells.filter((c) => c.status === 'in-progress' && c.sheetId !== null),
  );
  const missing = missingItems(
    ctx.db,
    inProgress.map((c) => c.sheetId ?? ''),
    required,
  );
  for (const cell of inProgress) cell.missing = missing.get(cell.sheetId ?? '') ?? [];
  const townships = listCampaignTownships(ctx.db, scope.campaign.id);
  return {
    roundId: round.id,
    roundKind: round.kind,
    columns,
    rows: matching,
    totalRows,
    requiredItems: required.length,
    items: itemNames(scope.rubric, required),
    townships: townships.map((t) => ({ id: t.id, name: t.name })),
    rounds: roundCompletion(ctx, scope),
    byTownship: townshipCompletion(ctx, scope, round),
  };
}
