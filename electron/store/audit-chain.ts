import { hash } from 'node:crypto';
import type { Database as Store } from 'better-sqlite3';

/** The stored fields of one audit entry that its hash covers (before/after as stored JSON text). */
export interface ChainedFields {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

/**
 * The canonical form: a JSON object with sorted keys of the entry's fields and the previous
 * entry's hash (null for the first). before/after are hashed as the exact stored text, so no
 * JSON re-formatting can change a hash. Documented in docs/integrity.md; never change it
 * without a migration that re-chains.
 */
export function canonicalAuditEntry(fields: ChainedFields, prevHash: string | null): string {
  // The keys are written in their sorted order: JSON.stringify keeps an object's key order, so
  // this is the sorted-keys object without sorting 46,000 times in a branch import
  // (tests/unit/integrity/audit-hash-form.test.ts holds it to the sorted form).
  return JSON.stringify({
    action: fields.action,
    actor: fields.actor,
    after: fields.after,
    at: fields.at,
    before: fields.before,
    entity: fields.entity,
    entityId: fields.entity_id,
    prevHash,
    reason: fields.reason,
  });
}

/**
 * SHA-256 (hex) of the canonical form's UTF-8 bytes. Node's own SHA-256 (the same in tests, the
 * CLI and Electron's main process), a quarter of a pure-JS hash's time: a branch import chains
 * tens of thousands of entries. The one-shot `hash` (Node 21.7+; Electron 40 and later run
 * Node 24) makes no Hash object per entry: 46,000 entries in ~75 ms instead of ~105 ms. The
 * digest is @noble/hashes' (audit-hash-form.test.ts).
 */
export function auditEntryHash(fields: ChainedFields, prevHash: string | null): string {
  return hash('sha256', canonicalAuditEntry(fields, prevHash), 'hex');
}

/**
 * Migration 0011's hook: chains the entries written before the log had hashes, in order. Runs
 * inside the migration's transaction; the trigger allows this one UPDATE per unchained entry.
 */
export function chainLegacyAudit(db: Store): void {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE hash IS NULL ORDER BY seq')
    .all() as (ChainedFields & { seq: number })[];
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  let prev: string | null = null;
  for (const row of rows) {
    const hash = auditEntryHash(row, prev);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}
