import { isFrozenRefusal } from '../../store/frozen';
import type { WriteContext } from '../../store/write';
import { write } from '../../store/write';
import { coverUnloggedRows, stampPending, travellingColumns } from './capture';
import type { Operation } from './operations';
import { rowOpOf } from './operations';
import type { RowOperation } from './queries';
import {
  clearRowHeads,
  deferForeignKeys,
  deleteRow,
  hasConflicts,
  fileByHash,
  hasOperation,
  insertOperation,
  insertRow,
  rowOperations,
  readRow,
  saveConflict,
  setRowHeads,
  settleConflicts,
  updateRow,
} from './queries';
import { discardPendingChanges } from './queries/pending';
import type { RowOp } from './row';
import { newOrphans } from './orphans';
import { rowState } from './row';
import { loggedPolicy, loggedTables } from './tables';

/**
 * Applies another laptop's operations to this database, inside the caller's write. For each
 * row they touch: add the new operations to the log, compute the row from ALL its operations
 * (`row.ts`), write the winners into the table, and record or settle its conflicts. The row's
 * own table writes are not captured again (they carry the incoming stamps already).
 *
 * A row the database refuses — a frozen round's sheet (定稿, migration 0012's triggers), or a
 * constraint — is rolled back whole in its own savepoint (a write joined to the merge's), its
 * operations stay out of the log (so a later package, after the round is unfrozen, brings them
 * again), and it is listed as refused with its reason. Rows go one savepoint each only once a
 * refusal was met: until then all of them share one (see `applyOperations`).
 */
export type RowOutcome = 'new' | 'updated' | 'deleted' | 'unchanged' | 'known';

export interface AppliedRow {
  readonly tbl: string;
  readonly rowKey: string;
  readonly outcome: RowOutcome;
  /** Columns left 待裁定 on this row after the apply. */
  readonly conflicts: readonly string[];
}

export interface RefusedRow {
  readonly tbl: string;
  readonly rowKey: string;
  readonly reason: 'frozen' | 'file-missing' | 'constraint' | 'orphan';
  readonly detail: string;
  readonly operations: number;
}

export interface ApplyResult {
  readonly rows: readonly AppliedRow[];
  readonly refused: readonly RefusedRow[];
  /** Operations added to the log (those already known are skipped: importing twice adds none). */
  readonly added: number;
}

/** The orphans an apply would leave (`orphans.ts`): it is rolled back and run again. */
class OrphansFound extends Error {
  constructor(readonly rows: ReadonlyMap<string, string>) {
    super('rows without their parent');
  }
}

class RowRefused extends Error {
  constructor(
    readonly reason: RefusedRow['reason'],
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Rows in the order the tables are listed (parents before children), then by key. */
function byRow(operations: readonly Operation[]): Map<string, Operation[]> {
  const order = new Map(loggedTables().map((table, index) => [table, index]));
  const sorted = [...operations].sort(
    (a, b) =>
      (order.get(a.tbl) ?? 0) - (order.get(b.tbl) ?? 0) ||
      (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0) ||
      (a.op < b.op ? -1 : 1),
  );
  const rows = new Map<string, Operation[]>();
  for (const op of sorted) {
    const id = rowId(op);
    const list = rows.get(id);
    if (list) list.push(op);
    else rows.set(id, [op]);
  }
  return rows;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (a === null && b === undefined) || (a === undefined && b === null);
}

/** Told how many of the package's rows are applied, every few hundred rows. */
export type RowsDone = (done: number, total: number) => void;

/** How often `RowsDone` is told: a message to main per row would cost more than the row. */
const REPORT_EVERY = 500;

export function applyOperations(
  ctx: WriteContext,
  operations: readonly Operation[],
  files: ReadonlyMap<string, Uint8Array>,
  rowsDone: RowsDone = () => undefined,
): ApplyResult {
  const db = ctx.db;
  // Data from before the exchange gets its operations first, stamped now, so an incoming
  // change of such a row meets the local value and a disagreement shows as a conflict.
  coverUnloggedRows(db);
  stampPending(ctx);
  // A child may arrive before its parent row within one package: keys are checked at commit.
  deferForeignKeys(db);
  const incoming = [...byRow(operations).values()];
  const ids = new Set(incoming.map((ops) => rowId(ops[0]!)));
  // Rows found without their parent, by row id, with the parent's table: refused on a rerun.
  const orphans = new Map<string, string>();
  try {
    for (;;) {
      try {
        return write(ctx, () => {
          const result = applyAll(ctx, files, incoming, orphans, rowsDone);
          const found = newOrphans(db, ids, orphans);
          if (found.size > 0) throw new OrphansFound(found);
          return result;
        });
      } catch (error) {
        if (!(error instanceof OrphansFound)) throw error;
        // Each round refuses more rows; refusing them may orphan their own children.
        for (const [id, parent] of error.rows) orphans.set(id, parent);
      }
    }
  } finally {
    // The rows' own table writes were recorded by the capture: they carry their stamps already.
    discardPendingChanges(db);
  }
}

function rowId(op: Pick<Operation, 'tbl' | 'rowKey'>): string {
  return `${op.tbl}\u0000${op.rowKey}`;
}

/**
 * Most merges refuse no row: all of them in one savepoint, not one savepoint per row (a
 * county's package has 90,000 rows). When a row is refused, that savepoint is rolled back and
 * the rows are applied again each in its own, so only the refused ones stay out; the outcome
 * is the same either way.
 */
function applyAll(
  ctx: WriteContext,
  files: ReadonlyMap<string, Uint8Array>,
  incoming: readonly (readonly Operation[])[],
  orphans: ReadonlyMap<string, string>,
  rowsDone: RowsDone,
): ApplyResult {
  try {
    return write(ctx, () => applyRows(ctx, files, incoming, orphans, false, rowsDone));
  } catch (error) {
    if (refusalOf(error) === null) throw error;
  }
  return applyRows(ctx, files, incoming, orphans, true, rowsDone);
}

function applyRows(
  ctx: WriteContext,
  files: ReadonlyMap<string, Uint8Array>,
  incoming: readonly (readonly Operation[])[],
  orphans: ReadonlyMap<string, string>,
  eachAlone: boolean,
  rowsDone: RowsDone,
): ApplyResult {
  const rows: AppliedRow[] = [];
  const refused: RefusedRow[] = [];
  let added = 0;
  const run: ApplyRun = {
    ctx,
    files,
    orphans,
    columns: new Map(),
    // Settling a cell is a statement per row: only worth it once any conflict exists.
    conflicts: hasConflicts(ctx.db),
  };
  for (const [index, ops] of incoming.entries()) {
    if (index % REPORT_EVERY === 0) rowsDone(index, incoming.length);
    const outcome = eachAlone ? applyAlone(run, ops) : applyIncoming(run, ops);
    if (outcome === null) continue;
    if ('reason' in outcome) refused.push(outcome);
    else {
      rows.push(outcome.row);
      added += outcome.added;
    }
  }
  rowsDone(incoming.length, incoming.length);
  return { rows, refused, added };
}

/** What one merge keeps between rows. */
interface ApplyRun {
  readonly ctx: WriteContext;
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Rows refused for want of their parent (row id → the parent's table). */
  readonly orphans: ReadonlyMap<string, string>;
  /** Each table's travelling columns, read once per merge. */
  readonly columns: Map<string, string[]>;
  /** Whether any conflict is recorded (before or during this merge). */
  conflicts: boolean;
}

function columnsOf(run: ApplyRun, tbl: string): string[] {
  let columns = run.columns.get(tbl);
  if (!columns) {
    columns = travellingColumns(run.ctx.db, tbl);
    run.columns.set(tbl, columns);
  }
  return columns;
}

/** One row's operations applied; null for none. Throws when the database refuses the row. */
function applyIncoming(
  run: ApplyRun,
  incoming: readonly Operation[],
): { row: AppliedRow; added: number } | null {
  const first = incoming[0];
  if (!first) return null;
  const parent = run.orphans.get(rowId(first));
  if (parent !== undefined) throw new RowRefused('orphan', `its row in ${parent} is not here`);
  const db = run.ctx.db;
  // Known operations are skipped: importing a package twice adds nothing.
  const fresh = incoming.filter((op) => !hasOperation(db, op.op));
  if (fresh.length === 0) {
    return {
      row: { tbl: first.tbl, rowKey: first.rowKey, outcome: 'known', conflicts: [] },
      added: 0,
    };
  }
  // The row's log before them: with the new ones, the row's full set of operations.
  const logged = rowOperations(db, first.tbl, first.rowKey);
  const row = applyRow(run, first.tbl, first.rowKey, logged, fresh);
  return { row, added: fresh.length };
}

/** A row in its own savepoint: a refusal rolls back this row alone and is listed. */
function applyAlone(
  run: ApplyRun,
  incoming: readonly Operation[],
): { row: AppliedRow; added: number } | RefusedRow | null {
  try {
    return write(run.ctx, () => applyIncoming(run, incoming));
  } catch (error) {
    const refusal = refusalOf(error);
    const first = incoming[0];
    if (!refusal || !first) throw error;
    return {
      tbl: first.tbl,
      rowKey: first.rowKey,
      reason: refusal.reason,
      detail: refusal.detail,
      // Those the log did not know: the row's savepoint took them out again.
      operations: incoming.filter((op) => !hasOperation(run.ctx.db, op.op)).length,
    };
  }
}

/** The reason the database refused a row, or null when the error is not a refusal. */
function refusalOf(error: unknown): RowRefused | null {
  if (error instanceof RowRefused) return error;
  if (isFrozenRefusal(error)) return new RowRefused('frozen', 'the round is frozen (定稿)');
  if (isConstraint(error)) return new RowRefused('constraint', (error as Error).message);
  return null;
}

function isConstraint(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_CONSTRAINT')
  );
}

function applyRow(
  run: ApplyRun,
  tbl: string,
  rowKey: string,
  logged: readonly RowOperation[],
  fresh: readonly Operation[],
): AppliedRow {
  const { ctx } = run;
  const db = ctx.db;
  const all: RowOp[] = logged.map(rowOpOf);
  for (const op of fresh) {
    insertOperation(db, {
      op: op.op,
      tbl,
      row_key: rowKey,
      vals: op.vals === null ? null : JSON.stringify(op.vals),
      bases: JSON.stringify(op.bases),
      replica: op.replica,
      actor: op.actor,
    });
    all.push({ op: op.op, bases: op.bases, vals: op.vals, actor: op.actor });
  }
  // In the log's order (`ORDER BY op`; ids are ASCII, so JavaScript's order is SQLite's).
  all.sort((a, b) => (a.op < b.op ? -1 : a.op > b.op ? 1 : 0));
  const quiet = new Set(loggedPolicy(tbl).quiet ?? []);
  const state = rowState(all, quiet);
  const outcome = writeRow(run, tbl, rowKey, state.values);
  // One head that is the row's latest operation needs no record (see `setRowHeads`).
  const latest = all[all.length - 1]?.op;
  if (state.heads.length === 1 && state.heads[0] === latest) clearRowHeads(db, tbl, rowKey);
  else setRowHeads(db, tbl, rowKey, JSON.stringify(state.heads));
  const conflicts: string[] = [];
  const settled: string[] = [];
  for (const [column, cell] of state.cells) {
    if (cell.conflict.length === 0) {
      settled.push(column);
      continue;
    }
    conflicts.push(column);
    run.conflicts = true;
    saveConflict(db, {
      tbl,
      row_key: rowKey,
      col: column,
      heads: JSON.stringify(
        cell.conflict.map((head) => ({ op: head.hlc, value: head.value, actor: head.actor })),
      ),
      found_at: ctx.now(),
    });
  }
  if (run.conflicts && settled.length > 0) settleConflicts(db, tbl, rowKey, settled);
  return { tbl, rowKey, outcome, conflicts };
}

/** Makes the table's row what the operations say; the outcome for the preview. */
function writeRow(
  run: ApplyRun,
  tbl: string,
  rowKey: string,
  values: Readonly<Record<string, unknown>> | null,
): RowOutcome {
  const { db } = run.ctx;
  const policy = loggedPolicy(tbl);
  const keyValues = JSON.parse(rowKey) as unknown[];
  const current = readRow(db, tbl, policy.key, keyValues);
  if (values === null) {
    if (!current) return 'unchanged';
    deleteRow(db, tbl, policy.key, keyValues);
    return 'deleted';
  }
  const columns = columnsOf(run, tbl).filter((column) => column in values);
  if (!current) {
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column] = values[column];
    if (policy.file) {
      const named = values[policy.file.hash];
      const hash = typeof named === 'string' ? named : '';
      const bytes = run.files.get(hash) ?? fileByHash(db, tbl, policy.file, hash);
      if (!bytes) throw new RowRefused('file-missing', `the file ${hash} is not in the package`);
      row[policy.file.column] = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    insertRow(db, tbl, row);
    return 'new';
  }
  const changed: Record<string, unknown> = {};
  for (const column of columns)
    if (!same(current[column], values[column])) changed[column] = values[column];
  if (Object.keys(changed).length === 0) return 'unchanged';
  updateRow(db, tbl, policy.key, keyValues, changed);
  return 'updated';
}
