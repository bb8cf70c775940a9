import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../keys';

/**
 * A sheet's id, derived from what makes it unique: its round, branch and evaluator (none for a
 * self-assessment). Two laptops that open the same sheet apart (issue #16: the township scoring
 * offline while the county scores too) create the SAME row, so their scores meet as cells of
 * one sheet — a conflict where they differ — instead of two rows the merge would have to refuse.
 * Shaped as a UUID (version 8, "custom"), as every other id.
 */
export function sheetIdFor(input: {
  roundId: string;
  branchId: string;
  evaluatorId: string | null;
}): string {
  const seed = `score-sheet\u0000${input.roundId}\u0000${input.branchId}\u0000${input.evaluatorId ?? ''}`;
  const hex = toHex(sha256(new TextEncoder().encode(seed))).slice(0, 32);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
