import { sheetFitsRound } from '../../../shared/domain/org';
import { AppError } from '../../../shared/errors';
import { listScores } from '../../store/queries/sheet-rows';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { roundRefusal } from '../rounds';
import { countSheetEvidence, deleteSheetAt } from './queries';
import { requireWritableSheet } from './service';

/**
 * Discards a draft opened by accident. Only a draft with nothing in it (no entry, no file ever
 * attached, no remark) may go, or a draft in a round of the wrong kind (a self sheet in a county review
 * from before the rule): the ranking never counts that one, and what it held is written into
 * the branch's audit entry, so the trail keeps every value. A submitted sheet must be reopened
 * first. The sheet's earlier audit entries stay in the branch's trail.
 */
export function discardSheet(
  ctx: ServiceContext,
  input: { sheetId: string; expectedVersion: number },
): { discarded: true } {
  write(ctx, (tx) => {
    const row = requireWritableSheet(ctx, input.sheetId);
    if (row.status === 'submitted') throw roundRefusal('LOCKED', 'sheet-submitted');
    const scores = listScores(ctx.db, row.id);
    const files = countSheetEvidence(ctx.db, row.id);
    const misplaced = !sheetFitsRound(row.round_kind, row.evaluator_id);
    const empty = scores.length === 0 && row.remark === '';
    if (files > 0 || (!empty && !misplaced))
      throw roundRefusal('CONFLICT', 'sheet-not-empty', { count: scores.length, files });
    if (!deleteSheetAt(ctx.db, row.id, input.expectedVersion)) {
      throw new AppError('CONFLICT', 'The sheet was changed elsewhere; reload it', {
        entity: 'sheet',
        version: row.version,
      });
    }
    tx.audit({
      action: 'discard-sheet',
      entity: 'branch',
      entityId: row.branch_id,
      before: {
        sheetId: row.id,
        roundId: row.round_id,
        round: row.round_name,
        evaluatorId: row.evaluator_id,
        evaluator: row.evaluator_name,
        remark: row.remark,
        entries: scores.map((s) => ({
          item: s.item_code,
          points: s.points,
          value: s.input === null ? null : (JSON.parse(s.input) as unknown),
          remark: s.remark,
        })),
      },
    });
  });
  return { discarded: true };
}
