import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
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
  const entry: Record<string, string | null> = {
    action: fields.action,
    actor: fields.actor,
    after: fields.after,
    at: fields.at,
    before: fields.before,
    entity: fields.entity,
    entityId: fields.entity_id,
    prevHash,
    reason: fields.reason,
  };
  const sorted = Object.keys(entry)
    .sort()
    .map((key) => [key, entry[key]]);
  return JSON.stringify(Object.fromEntries(sorted));
}

/** SHA-256 (hex) of the canonical form. Pure JS, so tests, CLI and Electron agree. */
export function auditEntryHash(fields: ChainedFields, prevHash: string | null): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalAuditEntry(fields, prevHash))));
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
