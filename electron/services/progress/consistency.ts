import type {
  ConsistencyReport,
  EvaluatorConsistency,
  ItemDisagreement,
} from '../../../shared/domain/views/progress';
import { readSnapshot } from '../../store/snapshot';
import type { ServiceContext } from '../context';
import { readPanels, readSheetCounts } from './queries/consistency';
import { divideRounded, meanOfFractions } from './exact';
import { itemNames, loadScope, pointItemCodes, requireRound } from './scope';

/**
 * How each evaluator scores compared with the others on the same branches, and which items
 * the panels disagree on most. Advisory only: nothing here changes a score.
 */
export function evaluatorConsistency(
  ctx: ServiceContext,
  input: { campaignId: string; roundId: string },
): ConsistencyReport {
  const scope = loadScope(ctx, input.campaignId);
  const round = requireRound(scope, input.roundId);
  const params = {
    round: round.id,
    campaign: scope.campaign.id,
    items: JSON.stringify(pointItemCodes(scope.rubric)),
  };
  // One snapshot for both reads, so the counts and the deviations describe the same data.
  const { deviations, items, panelBranches, sheets } = readSnapshot(ctx.db, () => ({
    ...readPanels(ctx.db, params),
    sheets: readSheetCounts(ctx.db, { round: params.round, campaign: params.campaign }),
  }));

  const evaluators: EvaluatorConsistency[] = sheets.map((e) => {
    const rows = deviations.filter((d) => d.evaluator_id === e.id);
    const comparisons = rows.reduce((sum, d) => sum + d.comparisons, 0);
    return {
      evaluatorId: e.id,
      name: e.name,
      sheets: e.sheets,
      comparedSheets: e.compared,
      comparisons,
      meanSigned: meanOfFractions(new Map(rows.map((d) => [d.n, d.signed])), comparisons),
      meanAbsolute: meanOfFractions(new Map(rows.map((d) => [d.n, d.absolute])), comparisons),
    };
  });
  const names = new Map(
    itemNames(
      scope.rubric,
      items.map((i) => i.item_code),
    ).map((n) => [n.code, n]),
  );
  const order = new Map(scope.rubric.items.map((item, i) => [item.code, i]));
  // Ordered on the exact means (cross-multiplied), so rounding never reorders two items.
  const disagreements: ItemDisagreement[] = [...items]
    .sort(
      (a, b) =>
        b.spread_sum * a.branches - a.spread_sum * b.branches ||
        b.sd_mean - a.sd_mean ||
        (order.get(a.item_code) ?? 0) - (order.get(b.item_code) ?? 0),
    )
    .map((row) => ({
      code: row.item_code,
      name: names.get(row.item_code)?.name ?? row.item_code,
      nameEn: names.get(row.item_code)?.nameEn ?? row.item_code,
      branches: row.branches,
      meanRange: divideRounded(BigInt(row.spread_sum), BigInt(row.branches)),
      meanSd: Math.round(row.sd_mean),
    }));
  return { roundId: round.id, panelBranches, evaluators, items: disagreements };
}
