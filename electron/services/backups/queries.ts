import type { Store } from '../../store/open';

/** The tables a backup counts: every table of the schema, SQLite's own excepted. */
export function listTables(db: Store): string[] {
  const rows = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** Rows per table, read in one transaction so the counts belong to one moment. */
export function countRows(db: Store): Record<string, number> {
  return db.transaction(() => {
    const counts: Record<string, number> = {};
    for (const table of listTables(db)) {
      // The name comes from sqlite_master, not from input; quoted as an identifier.
      const quoted = `"${table.replaceAll('"', '""')}"`;
      counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${quoted}`).get() as { n: number }).n;
    }
    return counts;
  })();
}

/** The time of the last audited change, or null in a database nobody has changed yet. */
export function lastChangeAt(db: Store): string | null {
  const row = db.prepare('SELECT max(at) AS at FROM audit_log').get() as { at: string | null };
  return row.at;
}

/** Rubric versions frozen (used by a round, no longer editable), for the manifest. */
export function countFrozenRubrics(db: Store): number {
  return (
    db.prepare('SELECT count(*) AS n FROM rubric_versions WHERE frozen_at IS NOT NULL').get() as {
      n: number;
    }
  ).n;
}

/** SQLite's full check: 'ok' or the first problems it lists. */
export function integrityCheck(db: Store): string[] {
  const rows = db.prepare('PRAGMA integrity_check(20)').all() as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check);
}

/** A snapshot is one self-contained file: no WAL beside it when it travels. */
export function useRollbackJournal(db: Store): void {
  db.pragma('journal_mode = DELETE');
}

/** A consistent copy of the whole database into a new file (works on a read-only connection). */
export function vacuumInto(db: Store, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

export function readMeta(db: Store, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}
