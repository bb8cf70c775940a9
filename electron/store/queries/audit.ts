import type { Store } from '../open';
import { auditEntryHash } from '../audit-chain';
import { prepared } from './prepared';

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

// Prepared once per connection (`prepared`): a branch import appends tens of thousands of entries.
const INSERT = `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, reason, prev_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const HEAD = 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1';

/**
 * Appends one entry to the hash chain (docs/integrity.md): the only place entries are written,
 * always inside the write path's transaction, so the head it chains to is the head of that
 * transaction. `head` is the chain's head when the caller knows it (the write path keeps it
 * for the rest of its transaction once it has appended); without it the head is read here.
 * Returns the new entry's hash: the chain's new head.
 */
export function insertAudit(db: Store, entry: AuditEntry, head?: string | null): string {
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
      : ((prepared(db, HEAD).get() as { hash: string | null } | undefined)?.hash ?? null);
  const hash = auditEntryHash(fields, prevHash);
  prepared(db, INSERT).run(
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
