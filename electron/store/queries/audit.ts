import type { Statement } from 'better-sqlite3';
import type { Store } from '../open';
import { auditEntryHash } from '../audit-chain';

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
  prev_hash: string | null;
  hash: string | null;
}

// Prepared once per connection: a branch import appends tens of thousands of entries.
const statements = new WeakMap<Store, { insert: Statement<unknown[]>; head: Statement<[]> }>();

/**
 * Appends one entry to the hash chain (docs/integrity.md): the only place entries are written,
 * always inside the write path's transaction, so the head it chains to is the head of that
 * transaction. `head` is the chain's head when the caller knows it (the write path keeps it
 * for the rest of its transaction once it has appended); without it the head is read here.
 * Returns the new entry's hash: the chain's new head.
 */
export function insertAudit(db: Store, entry: AuditEntry, head?: string | null): string {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = {
      insert: db.prepare<unknown[]>(
        `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, reason, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      head: db.prepare<[]>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
    };
    statements.set(db, prepared);
  }
  const fields = {
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    reason: entry.reason ?? null,
  };
  const prevHash =
    head !== undefined
      ? head
      : ((prepared.head.get() as { hash: string | null } | undefined)?.hash ?? null);
  const hash = auditEntryHash(fields, prevHash);
  prepared.insert.run(
    fields.at,
    fields.actor,
    fields.action,
    fields.entity,
    fields.entity_id,
    fields.before,
    fields.after,
    fields.reason,
    prevHash,
    hash,
  );
  return hash;
}

export function listAudit(db: Store, entity: string, entityId: string): AuditRow[] {
  return db
    .prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq')
    .all(entity, entityId) as AuditRow[];
}
