import type { EntryValue } from '../../../shared/domain/entry';
import { listItems } from '../../../shared/domain/rubric';
import type { GridRow, GridView } from '../../../shared/domain/views/grid';
import { frozenCheckpoint } from '../../store/queries/checkpoints';
import type { ServiceContext } from '../context';
import { loadRubric } from '../rubrics';
import type { GridScope, ScopeBranch } from './branches';
import { requireScope, scopeBranches } from './branches';
import { listGridScores, listGridSheets } from './queries';

/** Rows for the given branches with their sheets and stored entries (two queries, not N). */
export function gridRows(
  ctx: ServiceContext,
  scope: GridScope,
  branches: readonly ScopeBranch[],
): GridRow[] {
  const sheets = listGridSheets(ctx.db, scope.roundId, scope.evaluatorId);
  const byBranch = new Map(sheets.map((s) => [s.branch_id, s]));
  const scores = listGridScores(ctx.db, scope.roundId, scope.evaluatorId);
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
  const definition = loadRubric(ctx, scope.rubricVersionId);
  return {
    campaignId: scope.campaignId,
    roundId: scope.roundId,
    roundName: scope.roundName,
    evaluatorId: scope.evaluatorId,
    rubricVersionId: scope.rubricVersionId,
    definition,
    items: listItems(definition),
    rows: gridRows(ctx, scope, scopeBranches(ctx, scope, input.townshipId)),
    frozen: frozenCheckpoint(ctx.db, scope.roundId) !== undefined,
  };
}
