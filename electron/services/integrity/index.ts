/**
 * Integrity of the data file: the audit log's hash chain (docs/integrity.md). Freezing rounds
 * with signed checkpoints (定稿, issue #14 point 2): `freeze.ts`, migration 0012.
 */
export { verifyAuditChain } from './chain';
export { assertNotFrozen, findCheckpoint } from './freeze';
export { printedCheckpoint } from './printed';
export { frozenCheckpoint } from './queries';
export type { CheckpointRow } from './queries';
export { canonicalJson, checkpointFingerprint } from './checkpoint';
export type { ChainReport } from './chain';
