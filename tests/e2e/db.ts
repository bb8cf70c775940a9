import Database from 'better-sqlite3';

/** Reads the served database directly, so the screens are checked against real numbers. */
export function queryDb<T>(file: string, sql: string, ...params: unknown[]): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}
