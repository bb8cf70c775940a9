import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../keys';

/**
 * Ids derived from what makes a row unique, for the rows two laptops may make apart (issue
 * #16: the township scoring offline while the county scores too). Both make the SAME row, so
 * what they wrote meets as cells of one row — a conflict where they differ — instead of two
 * rows the merge would have to refuse on the unique key. Shaped as UUIDs (version 8,
 * "custom"), as every other id.
 */
function derivedUuid(kind: string, parts: readonly string[]): string {
  const seed = [kind, ...parts].join('\u0000');
  const hex = toHex(sha256(new TextEncoder().encode(seed))).slice(0, 32);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A sheet's id: its round, branch and evaluator (none for a self-assessment). */
export function sheetIdFor(input: {
  roundId: string;
  branchId: string;
  evaluatorId: string | null;
}): string {
  return derivedUuid('score-sheet', [input.roundId, input.branchId, input.evaluatorId ?? '']);
}

/** A veto's resolution: its round, branch and veto item (one resolution each). */
export function vetoResolutionIdFor(input: {
  roundId: string;
  branchId: string;
  itemCode: string;
}): string {
  return derivedUuid('veto-resolution', [input.roundId, input.branchId, input.itemCode]);
}
