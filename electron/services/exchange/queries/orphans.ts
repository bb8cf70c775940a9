import type { Store } from '../../../store/open';
import { ident, sql } from '../queries';

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
