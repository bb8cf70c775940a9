import type { Store } from '../../../store/open';
import { ident, label, sql } from '../queries';

const PENDING = 'temp.xp_change_pending';
/**
 * The rows an update or a delete of the open transaction touched (their keys, once each): an
 * insert of a row not in here is the only record of its row, whatever else the commit did,
 * so the fast path finds its rows without grouping every record by row. Inserts do not write
 * here, which keeps a branch list's tens of thousands of them cheap. (An INSERT OR REPLACE
 * deletes the row it replaces; `recursive_triggers` makes that delete fire its trigger, see
 * `installCaptureTriggers`.)
 */
const TOUCHED = 'temp.xp_change_touched';

/**
 * The pending changes of the open transaction, in a TEMP table: they live only until the write
 * path stamps them into the log before its commit (or roll back with it). Temp triggers on the
 * app's own connection record them, so migrations and other tools' connections capture nothing.
 * Each record names its row (`row_key`, the key columns as a JSON array, as the log keeps it),
 * so the stamping finds a row's records without parsing them. An update that changes a row's
 * key is recorded as what it is to the log: a delete of the old row, then an insert of the new.
 */
export function installCaptureTriggers(
  db: Store,
  tables: readonly { table: string; columns: readonly string[]; key: readonly string[] }[],
): void {
  // SQLite fires delete triggers for the rows a REPLACE conflict clause deletes only with
  // recursive triggers on. Without it, a row inserted and then replaced in one commit would look
  // like two plain inserts. (No trigger of the schema writes to its own table, so nothing recurses.)
  db.pragma('recursive_triggers = ON');
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS xp_change_pending (
    seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, tbl TEXT NOT NULL, row_key TEXT NOT NULL,
    new TEXT, old TEXT)`);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS xp_change_fast (seq INTEGER PRIMARY KEY)');
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS xp_change_touched (
    tbl TEXT NOT NULL, row_key TEXT NOT NULL, PRIMARY KEY (tbl, row_key)) WITHOUT ROWID`);
  for (const { table, columns, key } of tables) {
    const json = (row: 'NEW' | 'OLD') =>
      `json_object(${columns.map((c) => `${label(c)}, ${row}.${ident(c)}`).join(', ')})`;
    const rowKey = (row: 'NEW' | 'OLD') =>
      `json_array(${key.map((c) => `${row}.${ident(c)}`).join(', ')})`;
    const changed = columns.map((c) => `NEW.${ident(c)} IS NOT OLD.${ident(c)}`).join(' OR ');
    const keyChanged = key.map((c) => `NEW.${ident(c)} IS NOT OLD.${ident(c)}`).join(' OR ');
    const name = (kind: string) => ident(`xp_capture_${table}_${kind}`);
    const on = `main.${ident(table)}`;
    const touched = (row: 'NEW' | 'OLD') =>
      `INSERT OR IGNORE INTO ${TOUCHED} (tbl, row_key) VALUES (${label(table)}, ${rowKey(row)});`;
    const of = columns.map(ident).join(', ');
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('i')} AFTER INSERT ON ${on} BEGIN
        INSERT INTO ${PENDING} (kind, tbl, row_key, new)
          VALUES ('i', ${label(table)}, ${rowKey('NEW')}, ${json('NEW')});
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('u')}
        AFTER UPDATE OF ${of} ON ${on} WHEN NOT (${keyChanged}) AND (${changed}) BEGIN
        INSERT INTO ${PENDING} (kind, tbl, row_key, new, old)
          VALUES ('u', ${label(table)}, ${rowKey('NEW')}, ${json('NEW')}, ${json('OLD')});
        ${touched('NEW')}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('k')}
        AFTER UPDATE OF ${of} ON ${on} WHEN ${keyChanged} BEGIN
        INSERT INTO ${PENDING} (kind, tbl, row_key, old)
          VALUES ('d', ${label(table)}, ${rowKey('OLD')}, ${json('OLD')});
        ${touched('OLD')}
        INSERT INTO ${PENDING} (kind, tbl, row_key, new)
          VALUES ('i', ${label(table)}, ${rowKey('NEW')}, ${json('NEW')});
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('d')} AFTER DELETE ON ${on} BEGIN
        INSERT INTO ${PENDING} (kind, tbl, row_key, old)
          VALUES ('d', ${label(table)}, ${rowKey('OLD')}, ${json('OLD')});
        ${touched('OLD')}
      END;`);
  }
}

export interface PendingChange {
  seq: number;
  kind: 'i' | 'u' | 'd';
  tbl: string;
  row_key: string;
  new: string | null;
  old: string | null;
}

export function hasPendingChanges(db: Store): boolean {
  return sql(db, `SELECT 1 FROM ${PENDING} LIMIT 1`).get() !== undefined;
}

/**
 * Sets aside the commit's plain inserts (the fast path, docs/exchange.md): inserts of rows no
 * update or delete of this commit touched (so the row's only record), with no operation, no
 * recorded heads and no conflict yet. Such a row's operation is the trigger's JSON as it
 * stands (the whole row, what a first operation carries) with no bases, so the log can take
 * it in one statement (`stampFastInserts`). Returns how many were set aside.
 */
export function markFastInserts(db: Store): number {
  return sql(
    db,
    `INSERT INTO temp.xp_change_fast (seq)
       SELECT p.seq FROM ${PENDING} p
        WHERE p.kind = 'i' AND p.new <> '{}'
          AND NOT EXISTS (SELECT 1 FROM ${TOUCHED} t WHERE t.tbl = p.tbl AND t.row_key = p.row_key)
          AND NOT EXISTS (SELECT 1 FROM change_log c WHERE c.tbl = p.tbl AND c.row_key = p.row_key)
          AND NOT EXISTS (SELECT 1 FROM change_rows r WHERE r.tbl = p.tbl AND r.row_key = p.row_key)
          AND NOT EXISTS (SELECT 1 FROM exchange_conflicts x
                           WHERE x.tbl = p.tbl AND x.row_key = p.row_key)`,
  ).run().changes;
}

/**
 * Logs the records set aside by `markFastInserts`, each as its row's first operation, its id
 * the record's place in the commit (`<stamp>/<seq, 8 digits>`, as `operationId` writes it).
 */
export function stampFastInserts(db: Store, stamp: string, replica: string, actor: string): void {
  sql(
    db,
    `INSERT INTO change_log (op, tbl, row_key, vals, bases, replica, actor)
       SELECT printf('%s/%08d', ?, p.seq), p.tbl, p.row_key, p.new, '[]', ?, ?
         FROM temp.xp_change_fast f JOIN ${PENDING} p ON p.seq = f.seq
        ORDER BY f.seq`,
  ).run(stamp, replica, actor);
}

/** Takes the pending changes out (those not set aside as fast inserts), in the order made. */
export function takePendingChanges(db: Store): PendingChange[] {
  const rows = sql(
    db,
    `SELECT * FROM ${PENDING} WHERE seq NOT IN (SELECT seq FROM temp.xp_change_fast)
      ORDER BY seq`,
  ).all() as PendingChange[];
  return rows;
}

/** Empties the pending changes once stamped (or when nothing came of them). */
export function clearPendingChanges(db: Store): void {
  sql(db, `DELETE FROM ${PENDING}`).run();
  sql(db, 'DELETE FROM temp.xp_change_fast').run();
  sql(db, `DELETE FROM ${TOUCHED}`).run();
}

/** Drops what an import's own row writes recorded: its operations are already stamped. */
export function discardPendingChanges(db: Store): void {
  clearPendingChanges(db);
}

/** Rows of a travelling table that have no operation yet (data from before the exchange). */
export function pendingBaseline(
  db: Store,
  table: string,
  columns: readonly string[],
  key: readonly string[],
): number {
  const json = `json_object(${columns.map((c) => `${label(c)}, t.${ident(c)}`).join(', ')})`;
  const rowKey = `json_array(${key.map((c) => `t.${ident(c)}`).join(', ')})`;
  return sql(
    db,
    `INSERT INTO ${PENDING} (kind, tbl, row_key, new)
       SELECT 'i', ${label(table)}, ${rowKey}, ${json} FROM main.${ident(table)} t
       WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.tbl = ${label(table)} AND c.row_key = ${rowKey})`,
  ).run().changes;
}

/**
 * Records a choice that keeps the value a cell shows (A when A is shown): the row changes
 * nothing, so no trigger fires; this pending change makes the choice an operation all the same.
 */
export function pendingChoice(
  db: Store,
  table: string,
  rowKey: string,
  row: Record<string, unknown>,
  column: string,
): void {
  const old = { ...row, [column]: { chosen: true } };
  sql(db, `INSERT INTO ${PENDING} (kind, tbl, row_key, new, old) VALUES ('u', ?, ?, ?, ?)`).run(
    table,
    rowKey,
    JSON.stringify(row),
    JSON.stringify(old),
  );
  sql(db, `INSERT OR IGNORE INTO ${TOUCHED} (tbl, row_key) VALUES (?, ?)`).run(table, rowKey);
}
