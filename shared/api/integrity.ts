import { z } from 'zod';
import type { ChainReport, FingerprintCheck, FreezeStatus } from '../domain/views/integrity';
import { id, method } from './method';

/**
 * The audit log's hash chain and freezing a round's results with a signed checkpoint (定稿,
 * issue #14 points 1–2).
 */
export const integrityContract = {
  /** Recomputes the audit log's chain: intact with its length, or the first broken entry. */
  'integrity.verifyAudit': method(z.strictObject({})).returns<ChainReport>(),
  'integrity.status': method(z.strictObject({ roundId: id })).returns<FreezeStatus>(),
  /** Backs up, digests and signs the round's results; they are read-only from then on. */
  'integrity.freeze': method(z.strictObject({ roundId: id })).returns<FreezeStatus>(),
  /** Needs a reason; the checkpoint is kept and the next freeze makes version n+1. */
  'integrity.unfreeze': method(
    z.strictObject({ roundId: id, reason: z.string().trim().min(2).max(500) }),
  ).returns<FreezeStatus>(),
  /** A fingerprint typed from a printout ("3F2A 91C0 …"). */
  'integrity.findCheckpoint': method(
    z.strictObject({ fingerprint: z.string().trim().min(4).max(60) }),
  ).returns<FingerprintCheck>(),
} as const;
