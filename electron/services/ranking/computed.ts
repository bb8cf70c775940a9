import { priorLevels } from '../../../shared/domain/publication/star-history';
import { AppError } from '../../../shared/errors';
import type { BranchEvaluation, BranchInput, CompiledRubric } from '../../../shared/scoring';
import { compileRubric, evaluateBranch, RankingState } from '../../../shared/scoring';
import type { CampaignRow } from '../../store/queries/campaigns';
import { getCampaign } from '../../store/queries/campaigns';
import { namedLevelsOfYear } from '../../store/queries/star-history';
import { dataRevision } from '../../store/revision';
import { writeDerived, writesHeld } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { loadCompiledRubric } from '../rubrics';
import type { Computed } from './cache';
import { cachedRanking, keepRanking } from './cache';
import { roundReader, visitRoundInputs } from './load-inputs';
import { repackSheets } from './pack';
import type { BranchRow, RoundRow } from './queries';
import {
  findCampaignRound,
  listOtherRounds,
  listRankingBranches,
  listSheetEvaluatorNames,
} from './queries';
import { branchSlices, SLICE_BRANCHES } from './slices';

/*
 * A round's ranking computed from the data (`computed`, cached per data revision in cache.ts),
 * in one go or in slices between which other calls run (`computeRankingInSlices`). What is
 * shown of it (rows, decisions, explanations) is service.ts.
 */

function findRound(
  ctx: ServiceContext,
  campaign: CampaignRow,
  roundId: string | undefined,
): RoundRow {
  const wanted = roundId ?? campaign.deciding_round_id;
  const round = wanted ? findCampaignRound(ctx.db, campaign.id, wanted) : undefined;
  if (!round)
    throw new AppError('NOT_FOUND', 'Round does not exist in this campaign', { entity: 'round' });
  return round;
}

/** Totals of the same branches in the campaign's other rounds, for `round-total` tie-breakers. */
function otherRoundTotals(
  ctx: ServiceContext,
  campaign: CampaignRow,
  rubric: CompiledRubric,
  branches: BranchRow[],
  exclude: string,
): Map<string, Partial<Record<RoundRow['kind'], number>>> {
  const totals = new Map<string, Partial<Record<RoundRow['kind'], number>>>();
  if (!rubric.definition.tieBreakers.some((t) => t.kind === 'round-total')) return totals;
  // Tie-breakers of the other rounds are not needed for their totals.
  const plain = compileRubric({ ...rubric.definition, tieBreakers: [], quotas: [] });
  for (const round of listOtherRounds(ctx.db, campaign.id, exclude)) {
    // A total is the evaluation's: ranking would not change it, so none is built.
    visitRoundInputs(ctx.db, round.id, plain, branches, (input) => {
      const { total } = evaluateBranch(plain, input, 0);
      if (total === null) return;
      const entry = totals.get(input.branchId) ?? {};
      entry[round.kind] = total;
      totals.set(input.branchId, entry);
    });
  }
  return totals;
}

/**
 * Last year's levels by branch for the year-over-year columns: the named ones (命名) first,
 * else the linked campaign's computed ones; null when the branch took part but was not rated.
 */
function previousLevels(
  ctx: ServiceContext,
  campaign: CampaignRow,
): Map<string, number | null> | null {
  const previous = campaign.previous_campaign_id
    ? getCampaign(ctx.db, campaign.previous_campaign_id)
    : undefined;
  const computedLastYear = previous?.deciding_round_id
    ? new Map(
        computed(ctx, previous, undefined)
          .state.results()
          .map((r) => [r.branchId, r.level]),
      )
    : null;
  const named = namedLevelsOfYear(ctx.db, campaign.id, campaign.year - 1);
  return priorLevels(new Map(named.map((r) => [r.branch_id, r.level])), computedLastYear);
}

export function computed(
  ctx: ServiceContext,
  campaign: CampaignRow,
  roundId: string | undefined,
): Computed {
  const round = findRound(ctx, campaign, roundId);
  const revision = dataRevision(ctx.db);
  const hit = cachedRanking(ctx.db, campaign.id, round.id, revision);
  if (hit) return hit;
  const steps = computing(ctx, campaign, round, revision, null);
  let step = steps.next();
  while (!step.done) step = steps.next();
  keepRanking(ctx.db, campaign.id, step.value);
  return step.value;
}

/**
 * The ranking of one round from the data, yielding between parts when given a slice size: each
 * slice of branches (slices.ts) is read and evaluated in one go, and between them other calls
 * may run (see warm-up.ts). Without slices the round is read in one query, the fastest way.
 */
function* computing(
  ctx: ServiceContext,
  campaign: CampaignRow,
  round: RoundRow,
  revision: number,
  sliceSize: number | null,
): Generator<void, Computed> {
  const rubric = loadCompiledRubric(ctx, campaign.rubric_version_id);
  const branches = listRankingBranches(ctx.db, campaign.id);
  // Not sliced: the other rounds' totals (only for round-total tie-breakers) and last year's
  // levels are read in this first step, in one go each.
  const others = otherRoundTotals(ctx, campaign, rubric, branches, round.id);
  const previous = previousLevels(ctx, campaign);
  const stale: string[] = [];
  // Each branch is evaluated as soon as its sheets are read, and its sheets are let go: a
  // province's sheets never sit in memory all at once.
  const evaluations = new Array<BranchEvaluation>(branches.length);
  const evaluate = (input: BranchInput, position: number) => {
    const totals = others.get(input.branchId);
    if (totals) input.otherRoundTotals = totals;
    if (previous?.has(input.branchId)) input.previousLevel = previous.get(input.branchId) ?? null;
    evaluations[position] = evaluateBranch(rubric, input, position);
  };
  const read = roundReader(ctx.db, round.id, rubric, branches);
  if (sliceSize !== null) {
    for (const slice of branchSlices(branches, sliceSize)) {
      yield;
      read(evaluate, { stale, slice });
    }
    yield;
  } else read(evaluate, { stale });
  // Sheets read from their score rows (older data, or another rubric version) get packs now,
  // so the next ranking reads one row per sheet. Derived data: nothing is audited.
  // A worker's read-only view (an export being built) ranks from the score rows; main
  // repacks them the next time it ranks, as main does while a merge in a worker holds the file.
  if (stale.length > 0 && !ctx.db.readonly && !writesHeld(ctx.db))
    writeDerived(ctx.db, () => repackSheets(ctx.db, stale, rubric));
  return {
    revision,
    rubric,
    branches,
    state: new RankingState(rubric, evaluations),
    round,
    evaluatorNames: new Map(listSheetEvaluatorNames(ctx.db, campaign.id)),
  };
}

/**
 * Computes a round's ranking in slices, letting other calls run between them, and keeps it;
 * resolves true once kept, false when it stopped early: the file was closed, a write moved the
 * data on (the next request computes it afresh), or a request computed it meanwhile.
 */
export async function computeRankingInSlices(
  ctx: ServiceContext,
  input: { campaignId: string; roundId?: string | undefined },
  pause: () => Promise<void>,
  sliceSize = SLICE_BRANCHES,
): Promise<boolean> {
  const campaign = requireCampaign(ctx, input.campaignId);
  const round = findRound(ctx, campaign, input.roundId);
  const revision = dataRevision(ctx.db);
  const current = () =>
    ctx.db.open &&
    dataRevision(ctx.db) === revision &&
    !cachedRanking(ctx.db, campaign.id, round.id, revision);
  if (!current()) return false;
  const steps = computing(ctx, campaign, round, revision, sliceSize);
  let step = steps.next();
  while (!step.done) {
    await pause();
    if (!current()) return false;
    step = steps.next();
  }
  keepRanking(ctx.db, campaign.id, step.value);
  return true;
}
