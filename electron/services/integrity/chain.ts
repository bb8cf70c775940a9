import type { Store } from '../../store/open';
import { auditCount, chainRows } from './queries';
import { auditEntryHash } from '../../store/audit-chain';
import type { ChainReport } from '../../../shared/domain/views/integrity';

export type { ChainReport };

/**
 * Re-computes every entry's hash in order. An entry is broken when its stored hash is missing,
 * differs from the hash of its content (edited), or its prev_hash is not the hash of the entry
 * before it (an entry removed or inserted). Reads in one pass; memory stays flat.
 */
export function verifyAuditChain(db: Store): ChainReport {
  const rows = chainRows(db);
  let prev: string | null = null;
  let position = 0;
  for (const row of rows) {
    position += 1;
    const problem =
      row.hash === null
        ? 'unchained'
        : row.prev_hash !== prev
          ? 'link'
          : auditEntryHash(row, prev) !== row.hash
            ? 'hash'
            : null;
    if (problem) {
      const entries = auditCount(db);
      // Stop the statement before returning (an open iterator keeps the connection busy).
      rows.return?.();
      return {
        intact: false,
        entries,
        brokenAt: position,
        seq: row.seq,
        at: row.at,
        action: row.action,
        problem,
      };
    }
    prev = row.hash;
  }
  return { intact: true, entries: position, head: prev };
}
