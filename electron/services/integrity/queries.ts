import type { Store } from '../../store/open';
import type { ChainedFields } from '../../store/audit-chain';

export type ChainRow = ChainedFields & {
  seq: number;
  prev_hash: string | null;
  hash: string | null;
};

/** Every audit entry in chain order, one at a time (a county's log has hundreds of thousands). */
export function chainRows(db: Store): IterableIterator<ChainRow> {
  return db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<ChainRow>;
}

export function auditCount(db: Store): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}
