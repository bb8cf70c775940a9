import type { Store } from '../../../electron/store/open';
import { travellingColumns } from '../../../electron/services/exchange/capture';
import { loggedPolicy, loggedTables } from '../../../electron/services/exchange/tables';

/**
 * Every travelling table's travelling columns, rows sorted by key: what two laptops must hold
 * alike after exchanging. (Local columns such as a sheet's pack are rebuilt on each laptop.)
 */
export function travellingTables(db: Store): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of loggedTables()) {
    const columns = travellingColumns(db, table);
    const order = loggedPolicy(table)
      .key.map((c) => `"${c}"`)
      .join(', ');
    dump[table] = db
      .prepare(
        `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY ${order}`,
      )
      .all();
  }
  return dump;
}

/** The exchange's view of the same data: the cells in conflict. */
export function conflictCells(db: Store): unknown[] {
  return db
    .prepare('SELECT tbl, row_key, col, heads FROM exchange_conflicts ORDER BY 1, 2, 3')
    .all();
}
