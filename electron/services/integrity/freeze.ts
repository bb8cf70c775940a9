import type {
  CheckpointView,
  FingerprintCheck,
  FreezeStatus,
} from '../../../shared/domain/views/integrity';
import { AppError } from '../../../shared/errors';
import { assertRoundOpen } from '../../store/frozen';
import { write } from '../../store/write';
import { backupBefore } from '../backups';
import type { ServiceContext } from '../context';
import { installationKey, toHex } from '../keys';
import { computeRanking } from '../ranking';
import {
  checkpointFingerprint,
  normalizeFingerprint,
  resultRows,
  resultsRoot,
  signatureValid,
  signedPayload,
} from './checkpoint';
import type { CheckpointRow, RoundOrigin } from './queries';
import {
  allCheckpoints,
  auditHead,
  checkpointsOf,
  frozenCheckpoint,
  insertCheckpoint,
  markUnfrozen,
  roundOrigin,
} from './queries';

function requireOrigin(ctx: ServiceContext, roundId: string): RoundOrigin {
  const origin = roundOrigin(ctx.db, roundId);
  if (!origin) throw new AppError('NOT_FOUND', `No round ${roundId}`, { entity: 'round' });
  return origin;
}

function rootNow(ctx: ServiceContext, origin: RoundOrigin): { root: string; size: number } {
  const ranking = computeRanking(ctx, { campaignId: origin.campaignId, roundId: origin.roundId });
  const rows = resultRows(ranking.rows);
  return { root: resultsRoot(rows), size: rows.length };
}

function toView(ctx: ServiceContext, row: CheckpointRow): CheckpointView {
  return {
    id: row.id,
    roundId: row.round_id,
    version: row.version,
    county: row.county,
    campaign: row.campaign,
    year: row.year,
    round: row.round,
    size: row.size,
    root: row.root,
    fingerprint: checkpointFingerprint(row),
    frozenAt: row.frozen_at,
    frozenBy: row.frozen_by,
    appVersion: row.app_version,
    keyId: row.key_id,
    signatureValid: signatureValid(row),
    signedHere: row.public_key === installationKey(ctx).publicKeyHex,
    unfrozenAt: row.unfrozen_at,
    unfrozenBy: row.unfrozen_by,
    unfreezeReason: row.unfreeze_reason,
  };
}

/** Refuses a change to a frozen round's results, naming the round and the checkpoint. */
export function assertNotFrozen(ctx: ServiceContext, roundId: string): void {
  assertRoundOpen(ctx.db, roundId);
}

export function freezeStatus(ctx: ServiceContext, input: { roundId: string }): FreezeStatus {
  const origin = requireOrigin(ctx, input.roundId);
  const history = checkpointsOf(ctx.db, input.roundId);
  const current = history.find((row) => row.unfrozen_at === null) ?? null;
  return {
    roundId: input.roundId,
    frozen: current !== null,
    current: current ? toView(ctx, current) : null,
    history: history.map((row) => toView(ctx, row)),
    matches: current ? rootNow(ctx, origin).root === current.root : null,
    canFreeze: current === null && origin.closedMeetings > 0,
  };
}

/**
 * 定稿: a backup first, then in one transaction the round's results are digested (rows sorted
 * by branch id: branch, name, total, computed and decided level, decision) with the audit head,
 * signed with the installation's key and stored as the next version. From then on migration
 * 0012's triggers keep the round's results read-only.
 */
export async function freezeRound(
  ctx: ServiceContext,
  input: { roundId: string },
): Promise<FreezeStatus> {
  const origin = requireOrigin(ctx, input.roundId);
  assertNotFrozen(ctx, input.roundId);
  if (origin.closedMeetings === 0)
    throw new AppError('INVALID_INPUT', 'Freeze a round once its committee meeting is closed', {
      path: 'roundId',
      reason: 'freezeNeedsClosedMeeting',
    });
  await backupBefore(ctx, 'freeze');
  const key = installationKey(ctx);
  write(ctx, (tx) => {
    assertNotFrozen(ctx, input.roundId);
    const { root, size } = rootNow(ctx, origin);
    const previous = checkpointsOf(ctx.db, input.roundId)[0];
    const row: CheckpointRow = {
      id: ctx.newId(),
      round_id: origin.roundId,
      version: (previous?.version ?? 0) + 1,
      county: origin.county,
      campaign: origin.campaign,
      year: origin.year,
      round: origin.round,
      size,
      root,
      audit_head: auditHead(ctx.db),
      frozen_at: ctx.now(),
      frozen_by: ctx.actor,
      app_version: ctx.info.version,
      key_id: key.keyId,
      public_key: key.publicKeyHex,
      signature: '',
      unfrozen_at: null,
      unfrozen_by: null,
      unfreeze_reason: null,
    };
    row.signature = toHex(key.sign(signedPayload(row)));
    insertCheckpoint(ctx.db, row);
    tx.audit({
      action: 'freeze',
      entity: 'round',
      entityId: origin.roundId,
      after: { version: row.version, root, size, fingerprint: checkpointFingerprint(row) },
    });
  });
  return freezeStatus(ctx, input);
}

/** 解除定稿: needs a reason; the checkpoint stays, marked, and the next freeze is version n+1. */
export function unfreezeRound(
  ctx: ServiceContext,
  input: { roundId: string; reason: string },
): FreezeStatus {
  requireOrigin(ctx, input.roundId);
  write(ctx, (tx) => {
    const current = frozenCheckpoint(ctx.db, input.roundId);
    if (!current)
      throw new AppError('INVALID_INPUT', 'The round is not frozen', {
        path: 'roundId',
        reason: 'notFrozen',
      });
    markUnfrozen(ctx.db, current.id, ctx.now(), ctx.actor, input.reason);
    tx.audit({
      action: 'unfreeze',
      entity: 'round',
      entityId: input.roundId,
      before: { version: current.version, root: current.root },
      reason: input.reason,
    });
  });
  return freezeStatus(ctx, input);
}

/** A fingerprint read off a printout: which checkpoint it is, and whether it is still current. */
export function findCheckpoint(
  ctx: ServiceContext,
  input: { fingerprint: string },
): FingerprintCheck {
  const wanted = normalizeFingerprint(input.fingerprint);
  const row = allCheckpoints(ctx.db).find(
    (candidate) => normalizeFingerprint(checkpointFingerprint(candidate)) === wanted,
  );
  if (!row) return { found: false };
  return { found: true, checkpoint: toView(ctx, row), current: row.unfrozen_at === null };
}
