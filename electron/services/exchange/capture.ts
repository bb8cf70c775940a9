import type { Store } from '../../store/open';
import type { WriteContext } from '../../store/write';
import { beforeCommit } from '../../store/write';
import { format } from './clock';
import type { PendingChange } from './queries/pending';
import {
  clearRowHeads,
  insertOperation,
  rowHeadsOf,
  hasConflicts,
  settleConflicts,
  tableColumns,
} from './queries';
import {
  clearPendingChanges,
  hasPendingChanges,
  installCaptureTriggers,
  markFastInserts,
  pendingBaseline,
  stampFastInserts,
  takePendingChanges,
} from './queries/pending';
import type { ReplicaContext } from './replica';
import { commitStamp, replicaIsBound, replicaOf } from './replica';
import { loggedPolicy, loggedTables } from './tables';

/**
 * The change log's capture (docs/exchange.md): temp triggers on every travelling table record
 * what each statement changed, and the write path, just before its commit, turns those records
 * into stamped operations — one per changed row, with the columns it set and the row's heads as
 * its bases. No service calls anything: a write that forgot the exchange cannot exist.
 */

/** The pseudo-column of a row's existence: a delete sets it to 0, every other change to 1. */
export const EXISTS = '$exists';

/** The columns of a table that travel in operations: not derived here, not file bytes. */
export function travellingColumns(db: Store, table: string): string[] {
  const policy = loggedPolicy(table);
  const local = new Set(policy.localColumns ?? []);
  if (policy.file) local.add(policy.file.column);
  return tableColumns(db, table).filter((column) => !local.has(column));
}

/**
 * Arms capture on the context's connection (at start, and after a restore reopens the file).
 * The first write that changed travelling data binds the database to this laptop's key
 * (`replica.ts`) before stamping: a file copied from another laptop stamps under its own id
 * from its first change here, and a start that writes nothing (a backup from the command
 * line) leaves the file as it was. `bound`: the caller bound it already (a merge in a worker,
 * which cannot reach the installation key: main binds the database before it starts).
 */
export function installCapture(ctx: ReplicaContext, options: { bound?: boolean } = {}): void {
  const db = ctx.db;
  installCaptureTriggers(
    db,
    loggedTables().map((table) => ({
      table,
      columns: travellingColumns(db, table),
      key: loggedPolicy(table).key,
    })),
  );
  let bound = options.bound === true;
  beforeCommit(db, (write) => {
    if (!hasPendingChanges(db)) return;
    if (!bound) {
      if (!replicaIsBound(ctx)) replicaOf(ctx);
      bound = true;
    }
    stampPending(write);
  });
}

interface RowChange {
  tbl: string;
  rowKey: string;
  /** The seq of the row's first pending record: its place in the commit (`operationId`). */
  first: number;
  /** The columns set, or null when the row's last change deleted it. */
  vals: Record<string, unknown> | null;
  /** Every travelling column's value after the change (what a first operation carries). */
  full: Record<string, unknown> | null;
}

/**
 * Folds a transaction's pending changes into one change per row, in the order rows were first
 * changed: an update after an insert stays part of the insert, a delete wins over both, and an
 * insert after a delete sets the whole row again. (A key change comes as a delete of the old
 * row and an insert of the new one: the triggers record it so.)
 */
export function foldChanges(pending: readonly PendingChange[]): RowChange[] {
  const rows = new Map<string, RowChange>();
  for (const change of pending) {
    const id = `${change.tbl}\u0000${change.row_key}`;
    let row = rows.get(id);
    if (!row) {
      row = { tbl: change.tbl, rowKey: change.row_key, first: change.seq, vals: {}, full: null };
      rows.set(id, row);
    }
    if (change.kind === 'd') {
      row.vals = null;
      row.full = null;
      continue;
    }
    const next = JSON.parse(change.new ?? '{}') as Record<string, unknown>;
    if (change.kind === 'u') {
      const old = JSON.parse(change.old ?? '{}') as Record<string, unknown>;
      const vals = row.vals ?? {};
      for (const [column, value] of Object.entries(next))
        if (!Object.is(value, old[column])) vals[column] = value;
      row.vals = vals;
      row.full = next;
      continue;
    }
    row.vals = { ...next };
    row.full = next;
  }
  return [...rows.values()].filter((row) => row.vals === null || Object.keys(row.vals).length > 0);
}

/**
 * The place of an operation within its commit, so ids sort as they were made: the seq of its
 * row's first pending record (unique in the commit, whichever path stamps the row).
 */
export function operationId(stamp: string, index: number): string {
  return `${stamp}/${String(index).padStart(8, '0')}`;
}

/**
 * Turns the transaction's pending changes into operations (the write path's before-commit
 * step). One clock stamp per commit; every changed row one operation naming the row's heads.
 *
 * Two paths, one result. A plain insert of a row new to the log (a branch list's 92,000 rows)
 * is logged in one statement from what its trigger wrote (`markFastInserts`): nothing of it
 * comes into JavaScript. Every other row (updated, deleted, changed twice, already logged) is
 * folded here. Both name an operation by its row's first record, so ids never collide and sort
 * as the rows were first changed.
 */
export function stampPending(ctx: WriteContext): void {
  if (!hasPendingChanges(ctx.db)) return;
  const fast = markFastInserts(ctx.db);
  const changes = foldChanges(takePendingChanges(ctx.db));
  if (fast === 0 && changes.length === 0) {
    clearPendingChanges(ctx.db);
    return;
  }
  const stamp = commitStamp(ctx.db, ctx.now());
  const stampText = format(stamp);
  if (fast > 0) stampFastInserts(ctx.db, stampText, stamp.replica, ctx.actor);
  clearPendingChanges(ctx.db);
  if (changes.length === 0) return;
  // The fast rows had no heads, no recorded heads and no conflicts: nothing below concerns them.
  const anyConflicts = hasConflicts(ctx.db);
  const { heads, recorded } = rowHeadsOf(
    ctx.db,
    changes.map((change) => [change.tbl, change.rowKey] as const),
  );
  // Each operation is stored as it is made: the commit's operations are never all held at once.
  for (const change of changes) {
    const known = heads.get(`${change.tbl}\u0000${change.rowKey}`);
    // A row's first operation carries the whole row, so another laptop can create it.
    const vals = known === undefined && change.vals !== null ? change.full : change.vals;
    insertOperation(ctx.db, {
      op: operationId(stampText, change.first),
      tbl: change.tbl,
      row_key: change.rowKey,
      vals: vals === null ? null : JSON.stringify(vals),
      bases: known ?? '[]',
      replica: stamp.replica,
      actor: ctx.actor,
    });
  }
  // Each new operation is its row's only head and its latest: a recorded set of heads goes.
  for (const change of changes) {
    const id = `${change.tbl}\u0000${change.rowKey}`;
    if (recorded.has(id)) clearRowHeads(ctx.db, change.tbl, change.rowKey);
  }
  // An edit made here saw every value in conflict: it settles the cells it set (all of them
  // when it deleted the row), and whether the row exists.
  if (anyConflicts)
    for (const change of changes) {
      const columns = change.vals === null ? null : [...Object.keys(change.vals), EXISTS];
      settleConflicts(ctx.db, change.tbl, change.rowKey, columns);
    }
}

/**
 * Gives every row that has no operation yet (data from before the exchange, or written by a
 * connection that did not capture) its first operation, as if inserted now. Call inside a
 * write: its before-commit step stamps them. Returns how many rows it covered.
 */
export function coverUnloggedRows(db: Store): number {
  let covered = 0;
  for (const table of loggedTables()) {
    covered += pendingBaseline(db, table, travellingColumns(db, table), loggedPolicy(table).key);
  }
  return covered;
}
