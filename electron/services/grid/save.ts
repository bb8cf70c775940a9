import type { EntryValue } from '../../../shared/domain/entry';
import { isEntryProblem, resolveEntry } from '../../../shared/domain/entry';
import { entryRefusal } from '../../../shared/domain/entry-refusal';
import type { RubricItem } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type { GridCellResult, GridSaveResult } from '../../../shared/domain/views/grid';
import { AppError } from '../../../shared/errors';
import { findSheet } from '../../store/queries/sheet-rows';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { loadRubric } from '../rubrics';
import { openSheet, saveScores } from '../sheets';
import { requireScope, scopeBranches } from './branches';
import { gridRows } from './load';

export interface GridSaveInput {
  roundId: string;
  evaluatorId: string | null;
  cells: { branchId: string; item: string; value: EntryValue | null }[];
  versions: Record<string, number>;
}

type Cell = GridSaveInput['cells'][number];

/** The grid's own refusal before the shared rules: read-only, unknown or foreign cells. */
function cellProblem(
  cell: Cell,
  items: Map<string, RubricItem>,
  allowed: Set<string>,
): Omit<GridCellResult, 'branchId' | 'item' | 'status'> | null {
  if (!allowed.has(cell.branchId)) return { problem: 'not-assigned' };
  const item = items.get(cell.item);
  if (!item) return { problem: 'unknown-item' };
  // A veto needs a written reason and the score sheet is where it can be given.
  if (item.type === 'veto') return { problem: 'read-only' };
  if (cell.value === null) return null;
  const result = resolveEntry(item, cell.value);
  if (!isEntryProblem(result)) return null;
  const { item: _code, ...refusal } = entryRefusal(cell.item, result);
  return refusal;
}

class StaleSheet extends Error {
  constructor(readonly branchId: string) {
    super('stale sheet');
  }
}

/**
 * Stores a block of grid cells. Each cell is checked with the score sheet's rules; refused
 * cells are reported and skipped, the rest go through `saveScores` per sheet (versions, audit,
 * ranking cache) inside ONE immediate transaction: if any sheet is stale, nothing is stored.
 */
export function saveGrid(ctx: ServiceContext, input: GridSaveInput): GridSaveResult {
  const scope = requireScope(ctx, input.roundId, input.evaluatorId);
  const items = new Map(listItems(loadRubric(ctx, scope.rubricVersionId)).map((i) => [i.code, i]));
  // The last value typed for a cell wins when a block names it twice.
  const cells = new Map<string, Cell>();
  for (const cell of input.cells) cells.set(`${cell.branchId}\u0000${cell.item}`, cell);

  const results: GridCellResult[] = [];
  const byBranch = new Map<string, Cell[]>();
  const branches = scopeBranches(ctx, scope);
  const allowed = new Set(branches.map((b) => b.branchId));
  for (const cell of cells.values()) {
    const problem = cellProblem(cell, items, allowed);
    if (problem) {
      results.push({ branchId: cell.branchId, item: cell.item, status: 'invalid', ...problem });
      continue;
    }
    byBranch.set(cell.branchId, [...(byBranch.get(cell.branchId) ?? []), cell]);
  }

  try {
    write(ctx, () => {
      for (const [branchId, list] of byBranch) {
        const existing = findSheet(ctx.db, scope.roundId, branchId, scope.evaluatorId);
        if (existing?.status === 'submitted') {
          for (const c of list) results.push({ branchId, item: c.item, status: 'locked' });
          continue;
        }
        // A sheet this window has not seen (created elsewhere since loading) is stale too.
        if (existing && input.versions[existing.id] === undefined) throw new StaleSheet(branchId);
        const sheet =
          existing ??
          openSheet(ctx, { roundId: scope.roundId, branchId, evaluatorId: scope.evaluatorId });
        const expectedVersion = existing ? input.versions[existing.id]! : sheet.version;
        try {
          saveScores(ctx, {
            sheetId: sheet.id,
            expectedVersion,
            entries: list.map((c) => ({ item: c.item, value: c.value })),
          });
        } catch (error) {
          if (error instanceof AppError && error.code === 'CONFLICT')
            throw new StaleSheet(branchId);
          throw error;
        }
        for (const c of list) results.push({ branchId, item: c.item, status: 'saved' });
      }
    });
  } catch (error) {
    if (!(error instanceof StaleSheet)) throw error;
    return {
      conflict: true,
      conflictBranchId: error.branchId,
      cells: [
        ...results.filter((r) => r.status !== 'saved'),
        ...[...byBranch.values()]
          .flat()
          .filter((c) => !results.some((r) => r.status === 'locked' && r.branchId === c.branchId))
          .map((c) => ({ branchId: c.branchId, item: c.item, status: 'conflict' as const })),
      ],
      rows: [],
    };
  }
  const touched = branches.filter((b) => byBranch.has(b.branchId));
  return {
    conflict: false,
    conflictBranchId: null,
    cells: results,
    rows: gridRows(ctx, scope, touched),
  };
}
