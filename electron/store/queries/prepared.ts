import type { Statement } from 'better-sqlite3';
import type { Store } from '../open';

// Per connection, by SQL text. A closed connection's statements go with it (a WeakMap).
const byConnection = new WeakMap<Store, Map<string, Statement<unknown[]>>>();

/**
 * The connection's statement for this SQL, prepared on first use and kept: for statements run
 * thousands of times in one write (a branch import's audit entries, a commit's change log, the
 * demo's scores), where preparing each time costs more than running.
 */
export function prepared(db: Store, text: string): Statement<unknown[]> {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare<unknown[]>(text);
    statements.set(text, statement);
  }
  return statement;
}
