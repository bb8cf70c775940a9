import type { AuditEntry } from '../store/queries/audit';
import { insertAudit } from '../store/queries/audit';
import type { ServiceContext } from './context';

/** Appends to the audit trail as the context's actor; call inside the write's transaction. */
export function audit(ctx: ServiceContext, entry: Omit<AuditEntry, 'at' | 'actor'>): void {
  insertAudit(ctx.db, { ...entry, at: ctx.now(), actor: ctx.actor });
}
