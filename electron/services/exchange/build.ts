import type { ExchangeScope } from '../../../shared/domain/views/exchange';
import type { Store } from '../../store/open';
import { serialiseLogRows } from './operations';
import { operationsBetween } from './queries';
import { townshipFilter } from './scope';
import { loggedPolicy } from './tables';

/** Which part of the log a package carries: decided on main (`planPackage`) before reading. */
export interface PackageRange {
  readonly scope: ExchangeScope;
  /** The log's seq the package starts after (a peer's last sent), 0 for all. */
  readonly after: number;
  /** The log's last seq when the package was asked for: what is recorded as sent. */
  readonly through: number;
}

/** What a package is made of before it is sealed: the operations' text and the files named. */
export interface PackageContent {
  readonly operations: Uint8Array;
  readonly count: number;
  /** The evidence files the operations name, by table and content hash (read on main). */
  readonly files: readonly { tbl: string; hash: string }[];
}

/**
 * Reads a package's operations from the log: the heavy half of making a package (a county's is
 * 90,000 lines), done in a worker on a read-only connection (`tasks.ts`); main then seals it
 * with the installation key, which only main can reach.
 */
export function readPackageContent(db: Store, range: PackageRange): PackageContent {
  const logged = operationsBetween(db, range.after, range.through);
  const { scope } = range;
  const operations =
    scope.kind === 'township' ? logged.filter(townshipFilter(db, scope.townshipId)) : logged;
  const files: { tbl: string; hash: string }[] = [];
  const named = new Set<string>();
  for (const op of operations) {
    const policy = loggedPolicy(op.tbl);
    if (!policy.file || op.vals === null) continue;
    const hash = (JSON.parse(op.vals) as Record<string, unknown>)[policy.file.hash];
    if (typeof hash !== 'string' || named.has(hash)) continue;
    named.add(hash);
    files.push({ tbl: op.tbl, hash });
  }
  return { operations: serialiseLogRows(operations), count: operations.length, files };
}
