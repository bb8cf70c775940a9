import type { RubricDefinition } from '../../../shared/domain/rubric';
import { sheetFitsRound } from '../../../shared/domain/org';
import { listItems } from '../../../shared/domain/rubric';
import type { RankingExplanation, RankingRow, RankingView } from '../../../shared/domain/views';
import { priorLevels } from '../../../shared/domain/publication/star-history';
import { AppError } from '../../../shared/errors';
import type {
  BranchEvaluation,
  BranchInput,
  BranchResult,
  CompiledRubric,
} from '../../../shared/scoring';
import { compileRubric, evaluateBranch, RankingState } from '../../../shared/scoring';
import type { CampaignRow } from '../../store/queries/campaigns';
import { getCampaign } from '../../store/queries/campaigns';
import { latestDecisions } from '../../store/queries/decisions';
import { listPlanTargets } from '../../store/queries/plans';
import { namedLevelsOfYear } from '../../store/queries/star-history';
import { dataRevision } from '../../store/revision';
import { writeDerived } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { loadCompiledRubric } from '../rubrics';
import type { Computed } from './cache';
import { cachedRanking, keepRanking } from './cache';
import { roundReader, visitRoundInputs } from './load-inputs';
import { branchSlices, SLICE_BRANCHES } from './slices';
import { repackSheets } from './pack';
import type { BranchRow, RoundRow } from './queries';
import {
  findCampaignRound,
  listOtherRounds,
  listRaisedVetoInputs,
  listRankingBranches,
  listSheetEvaluatorNames,
} from './queries';

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

function computed(
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
  // repacks them the next time it ranks.
  if (stale.length > 0 && !ctx.db.readonly)
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

function flagsOf(result: BranchResult): RankingRow['flags'] {
  const flags: RankingRow['flags'] = [];
  if (result.vetoes.some((v) => v.resolved === null)) flags.push('veto');
  if (result.reasons.some((r) => r.kind === 'quota-demoted' || r.kind === 'quota-floor'))
    flags.push('demoted');
  if (result.reasons.some((r) => r.kind === 'border-tie')) flags.push('border-tie');
  if (result.reasons.some((r) => r.kind === 'gate-cap' || r.kind === 'star-gate'))
    flags.push('gate');
  if (result.reasons.some((r) => r.kind === 'sheets-ignored')) flags.push('ignored-sheets');
  return flags;
}

/** Whose drafts an incomplete branch waits for: evaluator names, null for the self-assessment. */
function outstandingOf(
  result: BranchResult,
  names: ReadonlyMap<string, string>,
): (string | null)[] | undefined {
  if (result.status !== 'incomplete') return undefined;
  const pending = result.reasons.find((r) => r.kind === 'sheets-pending');
  if (pending?.kind !== 'sheets-pending' || !pending.by) return undefined;
  // Sorted (the branch itself first, then by name), so the list does not depend on the order
  // the sheets happened to be opened in.
  return pending.by
    .map((id) => (id === null ? null : (names.get(id) ?? id)))
    .sort((a, b) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b, 'zh-CN')));
}

function toRow(
  result: BranchResult,
  branch: BranchRow | undefined,
  dimensions: number,
  names: ReadonlyMap<string, string>,
): RankingRow {
  const outstanding = outstandingOf(result, names);
  return {
    branchId: result.branchId,
    branchName: branch?.name ?? '',
    townshipId: result.townshipId,
    townshipName: branch?.township_name ?? '',
    branchType: branch?.branch_type ?? 'other',
    status: result.status,
    total: result.total,
    scores:
      result.dimensions.length > 0
        ? result.dimensions.map((d) => d.score)
        : new Array<null>(dimensions).fill(null),
    stars: result.stars,
    level: result.level,
    levelBeforeQuota: result.levelBeforeQuota,
    rank: result.rank,
    previousLevel: result.previousLevel,
    change: result.change,
    flags: flagsOf(result),
    ...(outstanding ? { outstanding } : {}),
  };
}

/**
 * Display rows of a ranking's results, built once per results array: `RankingState` hands out
 * the same array until something changes, and a province's 46,000 rows are worth keeping for
 * the ranking page's refetches and for exports. The rows are only ever read.
 */
const rowsByResults = new WeakMap<BranchResult[], RankingRow[]>();

function rowsOf(
  results: BranchResult[],
  branches: BranchRow[],
  dimensions: number,
  names: ReadonlyMap<string, string>,
): RankingRow[] {
  let rows = rowsByResults.get(results);
  if (!rows) {
    const byId = new Map(branches.map((b) => [b.id, b]));
    rows = results.map((r) => toRow(r, byId.get(r.branchId), dimensions, names));
    rowsByResults.set(results, rows);
  }
  return rows;
}

/**
 * The committee's decided levels beside the computed ones, merged once per rows array and data
 * revision: a meeting's decision is a write, which moves the revision, so until then every call
 * answers the same array and the ranking page's arrangement of it (kept per array) is reused —
 * a province-wide meeting scrolls by slices, not by a filter and a sort of 46,000 rows per page.
 * Rows without a decision stay the same objects; a round without decisions answers the cached
 * array itself.
 */
const decidedByRows = new WeakMap<RankingRow[], { revision: number; rows: RankingRow[] }>();

function withDecisions(ctx: ServiceContext, rows: RankingRow[], roundId: string): RankingRow[] {
  const revision = dataRevision(ctx.db);
  const hit = decidedByRows.get(rows);
  // NaN (read inside an open write) equals nothing, so such a merge is never reused.
  if (hit && hit.revision === revision) return hit.rows;
  const decisions = latestDecisions(ctx.db, roundId);
  let merged = rows;
  if (decisions.length > 0) {
    const byBranch = new Map(decisions.map((d) => [d.branchId, d]));
    merged = rows.map((row) => {
      const decided = byBranch.get(row.branchId);
      return decided ? { ...row, decided } : row;
    });
  }
  decidedByRows.set(rows, { revision, rows: merged });
  return merged;
}

function levelNames(definition: RubricDefinition): RankingView['levels'] {
  return definition.levels.map((l) => ({
    level: l.level,
    name: l.name,
    nameEn: l.nameEn ?? l.name,
  }));
}

/** The ranking of one round (the deciding round unless another is asked for). */
export function computeRanking(
  ctx: ServiceContext,
  input: { campaignId: string; roundId?: string | undefined },
): RankingView {
  const { campaignId, roundId } = input;
  const campaign = requireCampaign(ctx, campaignId);
  const { rubric, branches, state, round, evaluatorNames } = computed(ctx, campaign, roundId);
  const def = rubric.definition;
  const previous = campaign.previous_campaign_id
    ? getCampaign(ctx.db, campaign.previous_campaign_id)
    : undefined;
  return {
    campaignId,
    roundId: round.id,
    roundName: round.name,
    scheme: def.scheme.kind,
    dimensions: def.dimensions.map((d) => ({
      code: d.code,
      name: d.name,
      nameEn: d.nameEn ?? d.name,
      max: d.max,
      passLine: d.passLine ?? null,
    })),
    levels: levelNames(def),
    rows: withDecisions(
      ctx,
      rowsOf(state.results(), branches, def.dimensions.length, evaluatorNames),
      round.id,
    ),
    plan: listPlanTargets(ctx.db, campaignId),
    previousCampaign: previous ? { id: previous.id, name: previous.name } : null,
    yearOverYear:
      previous !== undefined ||
      namedLevelsOfYear(ctx.db, campaignId, campaign.year - 1).length > 0,
  };
}

/** A round's rubric and evaluations as the ranking holds them (the quota simulator's input). */
export function roundEvaluations(
  ctx: ServiceContext,
  input: { campaignId: string; roundId: string },
): { rubric: CompiledRubric; evaluations: readonly BranchEvaluation[] } {
  const campaign = requireCampaign(ctx, input.campaignId);
  const { rubric, state } = computed(ctx, campaign, input.roundId);
  return { rubric, evaluations: state.evaluationList() };
}

/** One branch's full result with every reason, for the explanation drawer and exports. */
export function explainRanking(
  ctx: ServiceContext,
  input: { campaignId: string; roundId?: string | undefined; branchId: string },
): RankingExplanation {
  const { campaignId, roundId, branchId } = input;
  const campaign = requireCampaign(ctx, campaignId);
  const { rubric, branches, state, evaluatorNames, round } = computed(ctx, campaign, roundId);
  const result = state.results().find((r) => r.branchId === branchId);
  if (!result)
    throw new AppError('NOT_FOUND', 'Branch is not in this campaign', { entity: 'branch' });
  const branch = branches.find((b) => b.id === branchId);
  const def = rubric.definition;
  const itemNames: RankingExplanation['itemNames'] = {};
  for (const node of [
    ...def.dimensions,
    ...def.dimensions.flatMap((d) => d.indicators),
    ...listItems(def),
  ]) {
    itemNames[node.code] = { name: node.name, nameEn: node.nameEn ?? node.name };
  }
  const decided = latestDecisions(ctx.db, round.id).find((d) => d.branchId === branchId);
  return {
    row: {
      ...toRow(result, branch, def.dimensions.length, evaluatorNames),
      ...(decided ? { decided } : {}),
    },
    result,
    itemNames,
    vetoNotes: vetoNotes(ctx, round, branchId),
  };
}

/**
 * What people wrote when raising each veto on the counted sheets (a veto needs a reason), so the
 * explanation says why, not only that. Sheets the ranking does not count are left out.
 */
function vetoNotes(
  ctx: ServiceContext,
  round: RoundRow,
  branchId: string,
): RankingExplanation['vetoNotes'] {
  return listRaisedVetoInputs(ctx.db, round.id, branchId).flatMap(
    ([item, evaluatorId, name, input]) => {
      if (!sheetFitsRound(round.kind, evaluatorId)) return [];
      const entered = input === null ? null : (JSON.parse(input) as { reason?: unknown });
      const reason = typeof entered?.reason === 'string' ? entered.reason : '';
      return [{ item, by: evaluatorId === null ? null : (name ?? ''), reason }];
    },
  );
}
