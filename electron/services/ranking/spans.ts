import type { BranchInput } from '../../../shared/scoring/types';
import { compileRubric, evaluateBranch } from '../../../shared/scoring';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { loadCompiledRubric } from '../rubrics';
import { visitRoundInputs } from './load-inputs';
import { listRankingBranches } from './queries';

/**
 * How far the evaluators disagree on each branch of a round: max − min of the totals of its
 * counted sheets, each rated alone (hundredths). Only branches with two or more sheets that have
 * a total get one. `branchIds` limits the work to those branches (a meeting's span items).
 */
export function evaluatorSpans(
  ctx: ServiceContext,
  input: { campaignId: string; roundId: string; branchIds?: readonly string[] },
): Map<string, number> {
  const campaign = requireCampaign(ctx, input.campaignId);
  const rubric = loadCompiledRubric(ctx, campaign.rubric_version_id);
  // A sheet's own total: quotas and tie-breakers rank branches against each other, not sheets.
  const plain = compileRubric({ ...rubric.definition, tieBreakers: [], quotas: [] });
  const branches = listRankingBranches(ctx.db, campaign.id);
  const spans = new Map<string, number>();
  const collect = (input: BranchInput) => {
    if (input.sheets.length < 2) return;
    const totals = input.sheets
      .map(
        (sheet) =>
          evaluateBranch(
            plain,
            { branchId: input.branchId, townshipId: input.townshipId, sheets: [sheet] },
            0,
          ).total,
      )
      .filter((t): t is number => t !== null);
    if (totals.length < 2) return;
    spans.set(input.branchId, Math.max(...totals) - Math.min(...totals));
  };
  if (input.branchIds) {
    for (const branchId of input.branchIds)
      visitRoundInputs(ctx.db, input.roundId, plain, branches, collect, { onlyBranch: branchId });
  } else {
    visitRoundInputs(ctx.db, input.roundId, plain, branches, collect);
  }
  return spans;
}
