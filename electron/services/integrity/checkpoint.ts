import { sha256 } from '@noble/hashes/sha2.js';
import type { RankingRow } from '../../../shared/domain/views/ranking';
import { fromHex, groupedFingerprint, toHex, verifySignature } from '../keys';
import type { CheckpointRow } from './queries';

/**
 * The digest and signature of a frozen round (docs/integrity.md, "Checkpoints"). Everything is
 * canonical JSON (sorted keys, no spaces) in UTF-8, hashed with SHA-256 from @noble/hashes, so
 * the CLI, the web host, Electron and the tests compute the same bytes.
 */

/** One result row as the checkpoint fixes it. */
export interface ResultRow {
  branchId: string;
  branchName: string;
  /** Total in hundredths, null while incomplete. */
  total: number | null;
  computedLevel: number | null;
  decidedLevel: number | null;
  decisionId: string | null;
}

export function resultRows(rows: readonly RankingRow[]): ResultRow[] {
  return rows
    .map((row) => ({
      branchId: row.branchId,
      branchName: row.branchName,
      total: row.total,
      computedLevel: row.level,
      decidedLevel: row.decided?.decidedLevel ?? null,
      decisionId: row.decided?.decisionId ?? null,
    }))
    .sort((a, b) => (a.branchId < b.branchId ? -1 : a.branchId > b.branchId ? 1 : 0));
}

/** JSON with object keys sorted at every depth: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The results' root: SHA-256 over the canonical rows, one per line, sorted by branch id. */
export function resultsRoot(rows: readonly ResultRow[]): string {
  return toHex(sha256(utf8(rows.map(canonicalJson).join('\n'))));
}

/** What a checkpoint signs: every field that says what was frozen, when and by whom. */
export function signedPayload(row: CheckpointRow): Uint8Array {
  return utf8(
    canonicalJson({
      format: 'xingping-checkpoint/1',
      roundId: row.round_id,
      version: row.version,
      county: row.county,
      campaign: row.campaign,
      year: row.year,
      round: row.round,
      size: row.size,
      root: row.root,
      auditHead: row.audit_head,
      frozenAt: row.frozen_at,
      frozenBy: row.frozen_by,
      appVersion: row.app_version,
      keyId: row.key_id,
      publicKey: row.public_key,
    }),
  );
}

/** The short grouped fingerprint printed on the minutes, the notice and the naming document. */
export function checkpointFingerprint(row: CheckpointRow): string {
  return groupedFingerprint(sha256(signedPayload(row)));
}

/** Spaces and case do not matter when a fingerprint is typed back in from paper. */
export function normalizeFingerprint(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

export function signatureValid(row: CheckpointRow): boolean {
  try {
    return verifySignature(fromHex(row.public_key), signedPayload(row), fromHex(row.signature));
  } catch {
    return false;
  }
}
