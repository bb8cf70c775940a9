import type { Statement } from 'better-sqlite3';
import type { Store } from '../open';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

// Prepared once per connection: a branch import appends tens of thousands of entries.
const inserts = new WeakMap<Store, Statement<unknown[]>>();

export function insertAudit(db: Store, entry: AuditEntry): void {
  let insert = inserts.get(db);
  if (!insert) {
    insert = db.prepare<unknown[]>(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    inserts.set(db, insert);
  }
  insert.run(
    entry.at,
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.reason ?? null,
  );
}

export function listAudit(db: Store, entity: string, entityId: string): AuditRow[] {
  return db
    .prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq')
    .all(entity, entityId) as AuditRow[];
}
