import type { Statement } from 'better-sqlite3';
import type { Store } from '../../store/open';

/**
 * The exchange's SQL: the capture triggers (generated per travelling table), the pending
 * changes they write, the change log with each row's heads, conflicts and peers, and the
 * generic row reads and writes an import applies. Table and column names here come only from
 * `TABLE_POLICIES` and the schema itself (`PRAGMA table_info`), never from a package.
 */

const PENDING = 'temp.xp_change_pending';

// Prepared once per connection: a branch import's commit stamps tens of thousands of rows.
const prepared = new WeakMap<Store, Map<string, Statement<unknown[]>>>();

export function sql(db: Store, text: string): Statement<unknown[]> {
  let byText = prepared.get(db);
  if (!byText) {
    byText = new Map();
    prepared.set(db, byText);
  }
  let statement = byText.get(text);
  if (!statement) {
    statement = db.prepare<unknown[]>(text);
    byText.set(text, statement);
  }
  return statement;
}

/** An identifier quoted for SQL (names from the schema only; the quoting is belt and braces). */
function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A column name as a JSON text literal in SQL (json_object's keys). */
function label(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** Foreign keys checked at commit: a package may bring a child before its parent row. */
export function deferForeignKeys(db: Store): void {
  db.pragma('defer_foreign_keys = ON');
}

export function tableColumns(db: Store, table: string): string[] {
  return (db.pragma(`table_info(${ident(table)})`) as { name: string }[]).map((c) => c.name);
}

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
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS xp_change_pending (
    seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, tbl TEXT NOT NULL, row_key TEXT NOT NULL,
    new TEXT, old TEXT)`);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS xp_change_fast (seq INTEGER PRIMARY KEY)');
  for (const { table, columns, key } of tables) {
    const json = (row: 'NEW' | 'OLD') =>
      `json_object(${columns.map((c) => `${label(c)}, ${row}.${ident(c)}`).join(', ')})`;
    const rowKey = (row: 'NEW' | 'OLD') =>
      `json_array(${key.map((c) => `${row}.${ident(c)}`).join(', ')})`;
    const changed = columns.map((c) => `NEW.${ident(c)} IS NOT OLD.${ident(c)}`).join(' OR ');
    const keyChanged = key.map((c) => `NEW.${ident(c)} IS NOT OLD.${ident(c)}`).join(' OR ');
    const name = (kind: string) => ident(`xp_capture_${table}_${kind}`);
    const on = `main.${ident(table)}`;
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
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('k')}
        AFTER UPDATE OF ${of} ON ${on} WHEN ${keyChanged} BEGIN
        INSERT INTO ${PENDING} (kind, tbl, row_key, old)
          VALUES ('d', ${label(table)}, ${rowKey('OLD')}, ${json('OLD')});
        INSERT INTO ${PENDING} (kind, tbl, row_key, new)
          VALUES ('i', ${label(table)}, ${rowKey('NEW')}, ${json('NEW')});
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('d')} AFTER DELETE ON ${on} BEGIN
        INSERT INTO ${PENDING} (kind, tbl, row_key, old)
          VALUES ('d', ${label(table)}, ${rowKey('OLD')}, ${json('OLD')});
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
 * Sets aside the commit's plain inserts (the fast path, docs/exchange.md): records that are
 * the only record of their row in this commit, an insert, of a row with no operation, no
 * recorded heads and no conflict yet. Such a row's operation is the trigger's JSON as it
 * stands (the whole row, what a first operation carries) with no bases, so the log can take
 * it in one statement (`stampFastInserts`). Returns how many were set aside.
 */
export function markFastInserts(db: Store): number {
  return sql(
    db,
    `INSERT INTO temp.xp_change_fast (seq)
       SELECT p.seq
         FROM (SELECT min(seq) AS seq FROM ${PENDING} GROUP BY tbl, row_key HAVING count(*) = 1) f
         JOIN ${PENDING} p ON p.seq = f.seq
        WHERE p.kind = 'i' AND p.new <> '{}'
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

export interface OperationRow {
  seq: number;
  op: string;
  tbl: string;
  row_key: string;
  vals: string | null;
  bases: string;
  replica: string;
  actor: string;
}

export function insertOperation(db: Store, row: Omit<OperationRow, 'seq'>): void {
  sql(
    db,
    `INSERT INTO change_log (op, tbl, row_key, vals, bases, replica, actor)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    // Positional: binding by name costs more, and a branch list's import stamps 92,000 rows.
  ).run(row.op, row.tbl, row.row_key, row.vals, row.bases, row.replica, row.actor);
}

export function hasOperation(db: Store, op: string): boolean {
  return sql(db, 'SELECT 1 FROM change_log WHERE op = ?').get(op) !== undefined;
}

export function operationsOfRow(db: Store, tbl: string, rowKey: string): OperationRow[] {
  return sql(db, 'SELECT * FROM change_log WHERE tbl = ? AND row_key = ? ORDER BY op').all(
    tbl,
    rowKey,
  ) as OperationRow[];
}

export type RowOperation = Pick<OperationRow, 'op' | 'bases' | 'vals' | 'actor'>;

/**
 * A row's operations in no order (the merge sorts them with the incoming ones): without
 * `ORDER BY`, a row that has none costs one index probe, not a sort.
 */
export function rowOperations(db: Store, tbl: string, rowKey: string): RowOperation[] {
  return sql(db, 'SELECT op, bases, vals, actor FROM change_log WHERE tbl = ? AND row_key = ?').all(
    tbl,
    rowKey,
  ) as RowOperation[];
}

/** A row whose foreign key names a parent that is not there (deferred until the commit). */
export interface Orphan {
  table: string;
  /** Null in a table WITHOUT ROWID (scores): `orphanKeys` finds those by their key. */
  rowid: number | null;
  parent: string;
  fkid: number;
}

/** Every orphan the open transaction would leave; the commit would fail on the first. */
export function orphanRows(db: Store): Orphan[] {
  return sql(db, 'PRAGMA foreign_key_check').all() as Orphan[];
}

/**
 * The row keys (as the log keeps them: the key columns as a JSON array) of the rows of
 * `table` whose foreign key `fkid` names no parent row: the orphans `PRAGMA foreign_key_check`
 * counts, found by their key (it gives no rowid in a table WITHOUT ROWID). Scans the table;
 * only asked when a merge would leave orphans.
 */
export function orphanKeys(
  db: Store,
  table: string,
  fkid: number,
  key: readonly string[],
): string[] {
  const parts = (
    sql(db, `PRAGMA foreign_key_list(${ident(table)})`).all() as {
      id: number;
      table: string;
      from: string;
      to: string | null;
    }[]
  ).filter((fk) => fk.id === fkid);
  const parent = parts[0]?.table;
  if (parent === undefined) return [];
  // A key naming no column refers to the parent's primary key.
  const primary = (
    sql(db, `PRAGMA table_info(${ident(parent)})`).all() as { name: string; pk: number }[]
  )
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
  const match = parts
    .map((fk, index) => `p.${ident(fk.to ?? primary[index] ?? '')} = c.${ident(fk.from)}`)
    .join(' AND ');
  const set = parts.map((fk) => `c.${ident(fk.from)} IS NOT NULL`).join(' AND ');
  return sql(
    db,
    `SELECT json_array(${key.map((column) => `c.${ident(column)}`).join(', ')})
       FROM ${ident(table)} c
      WHERE ${set} AND NOT EXISTS (SELECT 1 FROM ${ident(parent)} p WHERE ${match})`,
  )
    .pluck()
    .all() as string[];
}

/** The log after `after` up to `through` (local order of arrival), as a package carries it. */
export function operationsBetween(db: Store, after: number, through: number): OperationRow[] {
  return sql(db, 'SELECT * FROM change_log WHERE seq > ? AND seq <= ? ORDER BY seq').all(
    after,
    through,
  ) as OperationRow[];
}

export function lastOperationSeq(db: Store): number {
  const row = sql(db, 'SELECT max(seq) AS seq FROM change_log').get() as { seq: number | null };
  return row.seq ?? 0;
}

/**
 * Records a row's heads when they are more than its latest operation (a merge left several);
 * a row whose only head is its latest operation — nearly every row — keeps no entry.
 */
export function setRowHeads(db: Store, tbl: string, rowKey: string, heads: string): void {
  sql(
    db,
    `INSERT INTO change_rows (tbl, row_key, heads) VALUES (?, ?, ?)
     ON CONFLICT (tbl, row_key) DO UPDATE SET heads = excluded.heads`,
  ).run(tbl, rowKey, heads);
}

export function clearRowHeads(db: Store, tbl: string, rowKey: string): void {
  sql(db, 'DELETE FROM change_rows WHERE tbl = ? AND row_key = ?').run(tbl, rowKey);
}

export interface ConflictRow {
  tbl: string;
  row_key: string;
  col: string;
  heads: string;
  found_at: string;
}

export function saveConflict(db: Store, row: ConflictRow): void {
  sql(
    db,
    `INSERT INTO exchange_conflicts (tbl, row_key, col, heads, found_at)
     VALUES (@tbl, @row_key, @col, @heads, @found_at)
     ON CONFLICT (tbl, row_key, col) DO UPDATE SET heads = excluded.heads`,
  ).run(row);
}

export function hasConflicts(db: Store): boolean {
  return sql(db, 'SELECT 1 FROM exchange_conflicts LIMIT 1').get() !== undefined;
}

/** Settles a row's conflicts on these columns, or on every column when `columns` is null. */
export function settleConflicts(
  db: Store,
  tbl: string,
  rowKey: string,
  columns: readonly string[] | null,
): void {
  if (columns === null) {
    sql(db, 'DELETE FROM exchange_conflicts WHERE tbl = ? AND row_key = ?').run(tbl, rowKey);
    return;
  }
  sql(
    db,
    `DELETE FROM exchange_conflicts WHERE tbl = ? AND row_key = ?
       AND col IN (SELECT value FROM json_each(?))`,
  ).run(tbl, rowKey, JSON.stringify(columns));
}

export function listConflictRows(db: Store): ConflictRow[] {
  return sql(
    db,
    'SELECT * FROM exchange_conflicts ORDER BY tbl, row_key, col',
  ).all() as ConflictRow[];
}

export function conflictRow(
  db: Store,
  tbl: string,
  rowKey: string,
  col: string,
): ConflictRow | undefined {
  return sql(db, 'SELECT * FROM exchange_conflicts WHERE tbl = ? AND row_key = ? AND col = ?').get(
    tbl,
    rowKey,
    col,
  ) as ConflictRow | undefined;
}

/** The key's WHERE clause, `a = ? AND b = ?`, for a table's policy key. */
function keyWhere(key: readonly string[]): string {
  return key.map((c) => `${ident(c)} IS ?`).join(' AND ');
}

/** A row's current values, every column (the file column's bytes too). */
export function readRow(
  db: Store,
  table: string,
  key: readonly string[],
  values: readonly unknown[],
): Record<string, unknown> | undefined {
  return sql(db, `SELECT * FROM main.${ident(table)} WHERE ${keyWhere(key)}`).get(...values) as
    Record<string, unknown> | undefined;
}

export function insertRow(db: Store, table: string, values: Record<string, unknown>): void {
  const columns = Object.keys(values);
  sql(
    db,
    `INSERT INTO main.${ident(table)} (${columns.map(ident).join(', ')})
     VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...columns.map((c) => values[c]));
}

export function updateRow(
  db: Store,
  table: string,
  key: readonly string[],
  keyValues: readonly unknown[],
  values: Record<string, unknown>,
): void {
  const columns = Object.keys(values);
  sql(
    db,
    `UPDATE main.${ident(table)} SET ${columns.map((c) => `${ident(c)} = ?`).join(', ')}
     WHERE ${keyWhere(key)}`,
  ).run(...columns.map((c) => values[c]), ...keyValues);
}

export function deleteRow(
  db: Store,
  table: string,
  key: readonly string[],
  keyValues: readonly unknown[],
): void {
  sql(db, `DELETE FROM main.${ident(table)} WHERE ${keyWhere(key)}`).run(...keyValues);
}

/** A file column's bytes by their hash, from any row that holds them. */
export function fileByHash(
  db: Store,
  table: string,
  file: { column: string; hash: string },
  sha256: string,
): Buffer | undefined {
  const row = sql(
    db,
    `SELECT ${ident(file.column)} AS content FROM main.${ident(table)} WHERE ${ident(file.hash)} = ? LIMIT 1`,
  ).get(sha256) as { content: Buffer } | undefined;
  return row?.content;
}

export interface PeerRow {
  replica: string;
  key_id: string;
  operator: string;
  sent_through: number;
  received_through: string | null;
  updated_at: string;
}

export function peerRow(db: Store, replica: string): PeerRow | undefined {
  return sql(db, 'SELECT * FROM exchange_peers WHERE replica = ?').get(replica) as
    PeerRow | undefined;
}

export function listPeerRows(db: Store): PeerRow[] {
  return sql(db, 'SELECT * FROM exchange_peers ORDER BY updated_at DESC').all() as PeerRow[];
}

export function savePeer(db: Store, row: PeerRow): void {
  sql(
    db,
    `INSERT INTO exchange_peers (replica, key_id, operator, sent_through, received_through, updated_at)
     VALUES (@replica, @key_id, @operator, @sent_through, @received_through, @updated_at)
     ON CONFLICT (replica) DO UPDATE SET key_id = excluded.key_id, operator = excluded.operator,
       sent_through = max(sent_through, excluded.sent_through),
       received_through = coalesce(excluded.received_through, received_through),
       updated_at = excluded.updated_at`,
  ).run(row);
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
}

/**
 * The heads of many rows at once (a commit's changed rows), `tbl \0 row_key` → heads as JSON:
 * the recorded ones, else the row's latest operation; rows without operations are absent.
 * `recorded` lists the rows that had an entry in `change_rows`.
 */
export function rowHeadsOf(
  db: Store,
  rows: readonly (readonly [string, string])[],
): { heads: Map<string, string>; recorded: Set<string> } {
  const found = sql(
    db,
    `SELECT j.value ->> 0 AS tbl, j.value ->> 1 AS row_key,
            (SELECT c.heads FROM change_rows c
              WHERE c.tbl = j.value ->> 0 AND c.row_key = j.value ->> 1) AS recorded,
            (SELECT json_array(l.op) FROM change_log l
              WHERE l.tbl = j.value ->> 0 AND l.row_key = j.value ->> 1
              ORDER BY l.op DESC LIMIT 1) AS latest
       FROM json_each(?) j`,
  ).all(JSON.stringify(rows)) as {
    tbl: string;
    row_key: string;
    recorded: string | null;
    latest: string | null;
  }[];
  const heads = new Map<string, string>();
  const recorded = new Set<string>();
  for (const row of found) {
    const id = `${row.tbl}\u0000${row.row_key}`;
    if (row.recorded !== null) recorded.add(id);
    const known = row.recorded ?? row.latest;
    if (known !== null) heads.set(id, known);
  }
  return { heads, recorded };
}
