/**
 * Integrity of the data file: the audit log's hash chain (docs/integrity.md). Freezing rounds
 * with signed checkpoints and signed exports (issue #14 points 2–3) will live here too.
 */
export { verifyAuditChain } from './chain';
export type { ChainReport } from './chain';
