import type { EntryValue } from '../entry';
import type { RubricDefinition, RubricItem } from '../rubric';

/** One branch row of the grid: its sheet (if any) for the chosen evaluator and round. */
export interface GridRow {
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
  /** null until the first value is saved: the grid opens sheets only when it writes. */
  sheetId: string | null;
  version: number | null;
  status: 'none' | 'draft' | 'submitted';
  /** Stored entries by item code. */
  values: Record<string, EntryValue>;
}

export interface GridView {
  campaignId: string;
  roundId: string;
  roundName: string;
  /** null = the self-assessment. */
  evaluatorId: string | null;
  rubricVersionId: string;
  definition: RubricDefinition;
  /** The columns, in rubric order. */
  items: RubricItem[];
  rows: GridRow[];
  /** The round is frozen (定稿): every cell is read-only until it is unfrozen. */
  frozen: boolean;
}

/**
 * Why a cell was not stored. Rule codes come from `resolveEntry`; the grid adds its own:
 * `read-only` (veto items are set on the score sheet, where a reason can be written),
 * `not-assigned` (the branch is not in this evaluator's list), `unknown-item`, `locked`.
 */
export type GridCellStatus = 'saved' | 'invalid' | 'locked' | 'conflict';

export interface GridCellResult {
  branchId: string;
  item: string;
  status: GridCellStatus;
  problem?: string;
  /** `above-max`: the item's maximum in points (see `EntryRefusal`). */
  max?: number;
  /** `not-on-step`: the step in points. */
  step?: number;
}

export interface GridSaveResult {
  /** True when a sheet had changed elsewhere: nothing of this save was stored. */
  conflict: boolean;
  /** The branch whose sheet was stale, when `conflict`. */
  conflictBranchId: string | null;
  cells: GridCellResult[];
  /** The rows touched by the save, as stored afterwards. */
  rows: GridRow[];
}
