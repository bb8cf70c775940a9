import type { AuditEntry } from '../store/queries/audit';
import { insertAudit } from '../store/queries/audit';
import type { ServiceContext } from './context';
import { bumpRevision } from './ranking/revision';

/** Appends to the audit trail as the context's actor; call inside the write's transaction. */
export function audit(ctx: ServiceContext, entry: Omit<AuditEntry, 'at' | 'actor'>): void {
  insertAudit(ctx.db, { ...entry, at: ctx.now(), actor: ctx.actor });
  // Every change that matters is audited, so this is where cached results go stale.
  bumpRevision(ctx.db);
}
