import type { CellOp, CellState } from './cell';
import { cellState } from './cell';

/**
 * A row's state from the SET of its operations (pure). Operations are kept per row — the
 * columns one change set, or null for a delete — and name as bases the row's heads their
 * writer saw. The conflict rule (`cell.ts`) is applied per column: a column's operations are
 * those that set it, and one supersedes another when the other is among its ancestors through
 * the row's bases. So two laptops editing different columns of one row apart is no conflict,
 * and the same column to different values is.
 *
 * Whether the row exists is one more cell (`$exists`): every operation sets it, a delete to 0
 * and anything else to 1. A delete on one laptop and an edit on another therefore disagree, and
 * the row is 待裁定 rather than silently gone or silently back.
 */
export interface RowOp {
  readonly op: string;
  readonly bases: readonly string[];
  /** The columns set as JSON values, or null when the operation deleted the row. */
  readonly vals: Readonly<Record<string, unknown>> | null;
  readonly actor: string;
}

export interface RowState {
  /** Every column ever set, with its state; `$exists` among them. */
  readonly cells: ReadonlyMap<string, CellState>;
  /** The operations no other operation of the row names as a base. */
  readonly heads: readonly string[];
  /** The row's values as the winners give them; null when the winner of `$exists` deleted it. */
  readonly values: Readonly<Record<string, unknown>> | null;
  /** The columns' winners whether or not the row exists (to bring a deleted row back). */
  readonly lastValues: Readonly<Record<string, unknown>>;
}

const EXISTS = '$exists';

function ancestorsOf(ops: ReadonlyMap<string, RowOp>): Map<string, Set<string>> {
  const memo = new Map<string, Set<string>>();
  const visit = (id: string, path: Set<string>): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    if (path.has(id)) throw new Error(`The operations of a row name each other as bases (${id})`);
    path.add(id);
    const found = new Set<string>();
    for (const base of ops.get(id)?.bases ?? []) {
      found.add(base);
      if (ops.has(base)) for (const older of visit(base, path)) found.add(older);
    }
    path.delete(id);
    memo.set(id, found);
    return found;
  };
  for (const id of ops.keys()) visit(id, new Set());
  return memo;
}

/** `quiet`: bookkeeping columns whose latest value wins without a conflict (tables.ts). */
export function rowState(
  operations: readonly RowOp[],
  quiet: ReadonlySet<string> = new Set(),
): RowState {
  const ops = new Map(operations.map((op) => [op.op, op]));
  const ancestors = ancestorsOf(ops);
  const byColumn = new Map<string, RowOp[]>();
  const add = (column: string, op: RowOp) => {
    const list = byColumn.get(column);
    if (list) list.push(op);
    else byColumn.set(column, [op]);
  };
  for (const op of ops.values()) {
    add(EXISTS, op);
    if (op.vals) for (const column of Object.keys(op.vals)) add(column, op);
  }
  const cells = new Map<string, CellState>();
  for (const [column, list] of byColumn) {
    const cellOps: CellOp[] = list.map((op) => {
      const seen = ancestors.get(op.op) ?? new Set<string>();
      return {
        hlc: op.op,
        // Within this column, an operation supersedes every operation of it that it descends from.
        bases: list
          .filter((other) => seen.has(other.op))
          .map((other) => other.op)
          .sort(),
        value:
          column === EXISTS ? (op.vals ? '1' : '0') : JSON.stringify(op.vals?.[column] ?? null),
        actor: op.actor,
      };
    });
    const state = cellState(cellOps);
    cells.set(column, quiet.has(column) ? { ...state, conflict: [] } : state);
  }
  const named = new Set<string>();
  for (const op of ops.values()) for (const base of op.bases) named.add(base);
  const heads = [...ops.keys()].filter((id) => !named.has(id)).sort();
  const lastValues: Record<string, unknown> = {};
  for (const [column, state] of cells)
    if (column !== EXISTS && state.winner.value !== null)
      lastValues[column] = JSON.parse(state.winner.value) as unknown;
  const exists = cells.get(EXISTS)?.winner.value === '1';
  return { cells, heads, values: exists ? lastValues : null, lastValues };
}
