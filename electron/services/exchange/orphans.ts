import type { Store } from '../../store/open';
import { orphanKeys, orphanRows } from './queries/orphans';
import { loggedPolicy, TABLE_POLICIES } from './tables';

/**
 * Rows a merge would leave without their parent: a score whose new sheet was refused (its
 * round frozen here meanwhile), a row whose parent the other laptop deleted. Foreign keys are
 * checked only at the commit, which would then fail the whole merge with no word of which
 * row; so the merge asks SQLite before committing (`PRAGMA foreign_key_check`, about 12 ms
 * on a county's file) and refuses those rows too, naming the table of the missing parent.
 *
 * Returns the orphans among the package's rows (`incoming`: row ids `tbl\0rowKey`) not yet
 * in `known`, by row id, with the parent table. An orphan the package has no row for (a local
 * row whose parent the package deleted) cannot be refused here: the commit then fails as
 * before, and the merge's error says so.
 */
export function newOrphans(
  db: Store,
  incoming: ReadonlySet<string>,
  known: ReadonlyMap<string, string>,
): Map<string, string> {
  const found = new Map<string, string>();
  const asked = new Set<string>();
  for (const orphan of orphanRows(db)) {
    // One scan per broken foreign key finds all its orphans (check lists each one).
    const link = `${orphan.table}\u0000${orphan.fkid}`;
    if (asked.has(link) || !TABLE_POLICIES[orphan.table]?.travels) continue;
    asked.add(link);
    const key = loggedPolicy(orphan.table).key;
    for (const rowKey of orphanKeys(db, orphan.table, orphan.fkid, key)) {
      const id = `${orphan.table}\u0000${rowKey}`;
      if (incoming.has(id) && !known.has(id)) found.set(id, orphan.parent);
    }
  }
  return found;
}
