import type { AuditEntryView } from '../../../shared/domain/views/sheets';
import type { ServiceContext } from '../context';
import { listBranchAudit } from './queries';

/** Everything audited about a branch: its sheets' changes and its own entries, oldest first. */
export function branchAudit(ctx: ServiceContext, input: { branchId: string }): AuditEntryView[] {
  return listBranchAudit(ctx.db, input.branchId).map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    reason: r.reason,
  }));
}
