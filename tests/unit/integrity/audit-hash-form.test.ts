import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { ChainedFields } from '../../../electron/store/audit-chain';
import { auditEntryHash, canonicalAuditEntry } from '../../../electron/store/audit-chain';

/** The canonical form as first written (sorted keys, noble's SHA-256): the chain's reference. */
function referenceHash(fields: ChainedFields, prevHash: string | null): string {
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
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(Object.fromEntries(sorted)))));
}

const created: ChainedFields = {
  at: '2026-12-05T17:00:00.000Z',
  actor: '王小明',
  action: 'import-create',
  entity: 'branch',
  entity_id: '0193a-1',
  before: null,
  after: '{"name":"西上屯村党支部","row":3}',
  reason: 'branch import: 名单 "x".xlsx',
};
const reopened: ChainedFields = {
  at: 't2',
  actor: 'bench',
  action: 'sheet.reopen',
  entity: 'sheet',
  entity_id: 's',
  before: '{"points":850,"note":"a\\"b\\\\c\\u0001 \ud83d\ude00"}',
  after: null,
  reason: null,
};

describe('an audit entry hashes as it always has (docs/integrity.md)', () => {
  it('keeps the hashes of entries written before (pinned values)', () => {
    expect(auditEntryHash(created, 'ab'.repeat(32))).toBe(
      '7cb638df7fdb82306467e92d19351ee1f50878b4f269218faca738e148e926ae',
    );
    expect(canonicalAuditEntry(created, null)).toBe(
      '{"action":"import-create","actor":"王小明","after":"{\\"name\\":\\"西上屯村党支部\\",\\"row\\":3}","at":"2026-12-05T17:00:00.000Z","before":null,"entity":"branch","entityId":"0193a-1","prevHash":null,"reason":"branch import: 名单 \\"x\\".xlsx"}',
    );
  });

  it('agrees with the sorted-keys form and a pure-JS SHA-256 on every kind of field', () => {
    const heads = [null, 'ab'.repeat(32), 'cd'.repeat(32)];
    const odd = ['', '\u0000', '"\\', '\ud800', '𠀋村', 'a'.repeat(5000)];
    for (const prevHash of heads) {
      for (const base of [created, reopened]) {
        expect(auditEntryHash(base, prevHash)).toBe(referenceHash(base, prevHash));
        for (const text of odd) {
          const fields = { ...base, actor: text, reason: text, after: text };
          expect(auditEntryHash(fields, prevHash)).toBe(referenceHash(fields, prevHash));
        }
      }
    }
  });
});
