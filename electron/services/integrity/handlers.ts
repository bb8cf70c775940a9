import type { integrityContract } from '../../../shared/api/integrity';
import type { HandlerGroup } from '../registry';
import { verifyAuditChain } from './chain';
import { findCheckpoint, freezeRound, freezeStatus, unfreezeRound } from './freeze';

export const integrityHandlers: HandlerGroup<typeof integrityContract> = {
  'integrity.verifyAudit': (_input, ctx) => verifyAuditChain(ctx.db),
  'integrity.status': (input, ctx) => freezeStatus(ctx, input),
  'integrity.freeze': (input, ctx) => freezeRound(ctx, input),
  'integrity.unfreeze': (input, ctx) => unfreezeRound(ctx, input),
  'integrity.findCheckpoint': (input, ctx) => findCheckpoint(ctx, input),
};
