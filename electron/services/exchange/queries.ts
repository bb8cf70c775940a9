import type { Store } from '../../store/open';
import { prepared as sql } from '../../store/queries/prepared';

/**
 * The exchange's SQL: the change log with each row's heads, conflicts and peers, and the
 * generic row reads and writes an import applies (the capture's triggers and pending changes
 * are in `queries/pending.ts`, the orphans' checks in `queries/orphans.ts`). Table and column names here come only from
 * `TABLE_POLICIES` and the schema itself (`PRAGMA table_info`), never from a package.
 */

// Statements prepared once per connection: a branch import's commit stamps tens of thousands
// of rows. The other modules of this folder take `sql` from here.
export { sql };

/** An identifier quoted for SQL (names from the schema only; the quoting is belt and braces). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A column name as a JSON text literal in SQL (json_object's keys). */
export function label(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** Foreign keys checked at commit: a package may bring a child before its parent row. */
export function deferForeignKeys(db: Store): void {
  db.pragma('defer_foreign_keys = ON');
}

export function tableColumns(db: Store, table: string): string[] {
  return (db.pragma(`table_info(${ident(table)})`) as { name: string }[]).map((c) => c.name);
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

/** The items of one sheet whose score is 待裁定 (a conflict on any of its columns). */
export function disputedItemsOf(db: Store, sheetId: string): string[] {
  return sql(
    db,
    `SELECT DISTINCT json_extract(row_key, '$[1]') FROM exchange_conflicts
      WHERE tbl = 'scores' AND json_extract(row_key, '$[0]') = ? ORDER BY 1`,
  )
    .pluck()
    .all(sheetId) as string[];
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
