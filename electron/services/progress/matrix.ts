import type {
  CellStatus,
  MatrixCell,
  MatrixColumn,
  MatrixRow,
  ProgressFilter,
  ProgressMatrix,
} from '../../../shared/domain/views/progress';
import type { ServiceContext } from '../context';
import { CELLS_CTE } from './cells-sql';
import { cellParams, roundCompletion, townshipCompletion } from './completion';
import { missingItems } from './missing';
import type { CampaignScope, RoundRef } from './scope';
import { itemNames, loadScope, requiredItemCodes, requireRound } from './scope';

export interface MatrixInput {
  campaignId: string;
  roundId: string;
  townshipId?: string | undefined;
  filter?: ProgressFilter | undefined;
  limit?: number | undefined;
}

interface CellRow {
  branch_id: string;
  evaluator_id: string | null;
  sheet_id: string | null;
  assigned: number;
  entered: number;
  status: Exclude<CellStatus, 'unassigned'>;
}

interface BranchRow {
  id: string;
  name: string;
  township_id: string;
  township_name: string;
}

/**
 * Evaluators with work in the round (assigned or a sheet opened). A review round nobody has been
 * assigned to yet lists the campaign's evaluators, so the empty matrix shows who could score;
 * a self round does not, as its work is the self column.
 */
function matrixColumns(ctx: ServiceContext, scope: CampaignScope, round: RoundRef): MatrixColumn[] {
  const params = { round: round.id, campaign: scope.campaign.id };
  const working = `SELECT evaluator_id FROM assignments WHERE round_id = :round
       UNION SELECT evaluator_id FROM score_sheets WHERE round_id = :round`;
  let evaluators = ctx.db
    .prepare(
      `SELECT e.id, e.name FROM evaluators e WHERE e.id IN (${working}) ORDER BY e.name, e.id`,
    )
    .all(params) as { id: string; name: string }[];
  if (evaluators.length === 0 && round.kind !== 'self') {
    evaluators = ctx.db
      .prepare(
        `SELECT e.id, e.name FROM evaluators e
           JOIN campaign_evaluators ce ON ce.evaluator_id = e.id AND ce.campaign_id = :campaign
          ORDER BY e.name, e.id`,
      )
      .all(params) as { id: string; name: string }[];
  }
  const columns: MatrixColumn[] = evaluators.map((e) => ({ evaluatorId: e.id, name: e.name }));
  const selfSheets = ctx.db
    .prepare('SELECT 1 FROM score_sheets WHERE round_id = ? AND evaluator_id IS NULL LIMIT 1')
    .get(round.id);
  // The self-assessment is its own column in a self round, and wherever one was filed.
  if (round.kind === 'self' || selfSheets) columns.unshift({ evaluatorId: null, name: '' });
  return columns;
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
  const branches = ctx.db
    .prepare(
      `SELECT b.id, b.name, t.id AS township_id, t.name AS township_name
         FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = :campaign AND (:township IS NULL OR t.id = :township)
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all({ campaign: scope.campaign.id, township }) as BranchRow[];
  const cellRows = ctx.db
    .prepare(`WITH ${CELLS_CTE} SELECT c.* FROM cells c`)
    .all(params) as CellRow[];
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
    ctx,
    inProgress.map((c) => c.sheetId ?? ''),
    required,
  );
  for (const cell of inProgress) cell.missing = missing.get(cell.sheetId ?? '') ?? [];
  const townships = ctx.db
    .prepare(
      `SELECT DISTINCT t.id, t.name, t.sort_order FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = ? ORDER BY t.sort_order, t.name`,
    )
    .all(scope.campaign.id) as { id: string; name: string }[];
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
