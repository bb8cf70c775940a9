import type { EntryValue } from '../../../shared/domain/entry';
import { listItems } from '../../../shared/domain/rubric';
import type { GridRow, GridView } from '../../../shared/domain/views/grid';
import { AppError } from '../../../shared/errors';
import { getRubricVersion } from '../../store/queries/rubrics';
import type { ServiceContext } from '../context';
import { requireValidDefinition } from '../rubrics/versions';
import type { GridScope, ScopeBranch } from './branches';
import { requireScope, scopeBranches } from './branches';

interface SheetLine {
  id: string;
  branch_id: string;
  version: number;
  status: 'draft' | 'submitted';
}

/** Rows for the given branches with their sheets and stored entries (two queries, not N). */
export function gridRows(
  ctx: ServiceContext,
  scope: GridScope,
  branches: readonly ScopeBranch[],
): GridRow[] {
  const sheets = ctx.db
    .prepare(
      `SELECT id, branch_id, version, status FROM score_sheets
        WHERE round_id = ? AND evaluator_id IS ?`,
    )
    .all(scope.roundId, scope.evaluatorId) as SheetLine[];
  const byBranch = new Map(sheets.map((s) => [s.branch_id, s]));
  const scores = ctx.db
    .prepare(
      `SELECT sc.sheet_id, sc.item_code, sc.points, sc.input FROM scores sc
         JOIN score_sheets s ON s.id = sc.sheet_id
        WHERE s.round_id = ? AND s.evaluator_id IS ? AND sc.input IS NOT NULL`,
    )
    .all(scope.roundId, scope.evaluatorId) as {
    sheet_id: string;
    item_code: string;
    points: number;
    input: string;
  }[];
  const values = new Map<string, Record<string, EntryValue>>();
  for (const score of scores) {
    const entries = values.get(score.sheet_id) ?? {};
    // Older seeded points items kept only their points (input JSON null): show those.
    entries[score.item_code] = (JSON.parse(score.input) as EntryValue | null) ?? {
      points: score.points,
    };
    values.set(score.sheet_id, entries);
  }
  return branches.map((b) => {
    const sheet = byBranch.get(b.branchId);
    return {
      ...b,
      sheetId: sheet?.id ?? null,
      version: sheet?.version ?? null,
      status: sheet?.status ?? 'none',
      values: (sheet && values.get(sheet.id)) ?? {},
    };
  });
}

export function loadGrid(
  ctx: ServiceContext,
  input: { roundId: string; evaluatorId: string | null; townshipId?: string | undefined },
): GridView {
  const scope = requireScope(ctx, input.roundId, input.evaluatorId);
  const rubric = getRubricVersion(ctx.db, scope.rubricVersionId);
  if (!rubric) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  const definition = requireValidDefinition(JSON.parse(rubric.definition));
  return {
    campaignId: scope.campaignId,
    roundId: scope.roundId,
    roundName: scope.roundName,
    evaluatorId: scope.evaluatorId,
    rubricVersionId: scope.rubricVersionId,
    definition,
    items: listItems(definition),
    rows: gridRows(ctx, scope, scopeBranches(ctx, scope, input.townshipId)),
  };
}
