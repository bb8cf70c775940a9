import { sheetFitsRound } from '../../../shared/domain/org';
import type { ServiceContext } from '../context';
import { requireRoundRule } from './plan-township';
import { isAssigned } from './queries';
import { roundRefusal } from './refusals';

/**
 * An evaluator scores only the branches assigned to them in the round (the self-assessment is
 * the branch's own and needs none). Checked on every open, so a removed assignment also closes
 * the way back into an old draft.
 */
export function requireAssignment(
  ctx: ServiceContext,
  input: { roundId: string; branchId: string; evaluatorId: string },
): void {
  if (isAssigned(ctx.db, input.roundId, input.evaluatorId, input.branchId)) return;
  throw roundRefusal('FORBIDDEN', 'not-assigned', { entity: 'assignment' });
}

/**
 * Self-assessments (evaluator null) exist only in a self round and evaluators' sheets only in
 * the other rounds. Every way a sheet is made (the score sheet, the grid, a fill-in workbook)
 * goes through here, so a self sheet can never again slip into a county review and be averaged
 * with the evaluators there.
 */
export function requireSheetFitsRound(
  ctx: ServiceContext,
  input: { roundId: string; evaluatorId: string | null },
): void {
  const { kind } = requireRoundRule(ctx, input.roundId);
  if (sheetFitsRound(kind, input.evaluatorId)) return;
  throw roundRefusal(
    'FORBIDDEN',
    kind === 'self' ? 'evaluator-sheet-in-self-round' : 'self-sheet-outside-self-round',
    { entity: 'sheet' },
  );
}
