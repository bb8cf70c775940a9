import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loggedTables, TABLE_POLICIES } from '../../../electron/services/exchange/tables';
import type { Store } from '../../../electron/store/open';
import { openStore } from '../../../electron/store/open';
import { tempDir } from '../support';

function schemaTables(db: Store): string[] {
  const rows = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

function columnsOf(db: Store, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
}

describe('what travels between laptops', () => {
  let folder: ReturnType<typeof tempDir> | undefined;
  afterEach(() => folder?.cleanup());

  function newestSchema(): Store {
    folder = tempDir();
    return openStore(join(folder.dir, 'qingshan.sqlite'));
  }

  it('is decided for every table of the newest schema: logged, or local with a reason', () => {
    const db = newestSchema();
    try {
      const undecided = schemaTables(db).filter((table) => !(table in TABLE_POLICIES));
      // A new table must be added to electron/services/exchange/tables.ts, one way or the other.
      expect(undecided).toEqual([]);
      const vanished = Object.keys(TABLE_POLICIES).filter((t) => !schemaTables(db).includes(t));
      expect(vanished).toEqual([]);
      for (const [table, policy] of Object.entries(TABLE_POLICIES)) {
        if (!policy.travels) expect(policy.why.length, table).toBeGreaterThan(10);
      }
    } finally {
      db.close();
    }
  });

  it('names for every travelling table key and local columns that exist', () => {
    const db = newestSchema();
    try {
      for (const table of loggedTables()) {
        const policy = TABLE_POLICIES[table];
        if (!policy?.travels) throw new Error(`${table} is not a travelling table`);
        const columns = columnsOf(db, table);
        expect(policy.key.length, table).toBeGreaterThan(0);
        for (const column of [...policy.key, ...(policy.localColumns ?? [])]) {
          expect(columns, `${table}.${column}`).toContain(column);
        }
      }
    } finally {
      db.close();
    }
  });

  it('identifies every travelling row by a key the database keeps unique', () => {
    const db = newestSchema();
    try {
      for (const table of loggedTables()) {
        const policy = TABLE_POLICIES[table];
        if (!policy?.travels) continue;
        const primary = (db.pragma(`table_info(${table})`) as { name: string; pk: number }[])
          .filter((column) => column.pk > 0)
          .map((column) => column.name);
        const uniqueIndexes = (
          db.pragma(`index_list(${table})`) as { name: string; unique: number }[]
        )
          .filter((index) => index.unique === 1)
          .map((index) =>
            (db.pragma(`index_xinfo(${index.name})`) as { name: string | null; key: number }[])
              .filter((column) => column.key === 1)
              // An expression column (coalesce(township_id, '')) reads as null: it is the key
              // column the expression wraps, which the policy names.
              .map((column) => column.name),
          );
        const keys = [primary, ...uniqueIndexes].filter((key) => key.length > 0);
        const matches = keys.some(
          (key) =>
            key.length === policy.key.length &&
            key.every((column) => column === null || policy.key.includes(column)),
        );
        expect(matches, `${table} keyed by ${policy.key.join(', ')}`).toBe(true);
      }
    } finally {
      db.close();
    }
  });
});
