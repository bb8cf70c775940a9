import type { RubricDefinition } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type { RankingExplanation, RankingRow, RankingView } from '../../../shared/domain/views';
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
import { listPlanTargets } from '../../store/queries/plans';
import { getRubricVersion } from '../../store/queries/rubrics';
import { requireCampaign } from '../campaigns/service';
import type { ServiceContext } from '../context';
import { requireValidDefinition } from '../rubrics/versions';
import type { BranchRow } from './load-inputs';
import { listRankingBranches, loadRoundInputs, visitRoundInputs } from './load-inputs';
import { repackSheets } from './pack';
import { dataRevision } from './revision';

interface RoundRow {
  id: string;
  name: string;
  kind: 'self' | 'township' | 'county' | 'other';
}

interface Computed {
  revision: number;
  rubric: CompiledRubric;
  branches: BranchRow[];
  state: RankingState;
  round: RoundRow;
}

/**
 * Results are derived data: recomputed from scores, cached per campaign and round, and thrown
 * away when anything was written since (every write bumps the revision).
 */
const cache = new WeakMap<ServiceContext['db'], Map<string, Computed>>();

function loadRubric(ctx: ServiceContext, campaign: CampaignRow): CompiledRubric {
  const row = getRubricVersion(ctx.db, campaign.rubric_version_id);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  return compileRubric(requireValidDefinition(JSON.parse(row.definition)), row.id);
}

function findRound(
  ctx: ServiceContext,
  campaign: CampaignRow,
  roundId: string | undefined,
): RoundRow {
  const wanted = roundId ?? campaign.deciding_round_id;
  const round = wanted
    ? (ctx.db
        .prepare('SELECT id, name, kind FROM rounds WHERE id = ? AND campaign_id = ?')
        .get(wanted, campaign.id) as RoundRow | undefined)
    : undefined;
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
  const rounds = ctx.db
    .prepare('SELECT id, name, kind FROM rounds WHERE campaign_id = ? AND id <> ? ORDER BY seq')
    .all(campaign.id, exclude) as RoundRow[];
  for (const round of rounds) {
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

/** Last year's levels by branch: null when the branch took part but was not rated. */
function previousLevels(
  ctx: ServiceContext,
  campaign: CampaignRow,
): Map<string, number | null> | null {
  if (!campaign.previous_campaign_id) return null;
  const previous = getCampaign(ctx.db, campaign.previous_campaign_id);
  if (!previous?.deciding_round_id) return null;
  const results = computed(ctx, previous, undefined).state.results();
  return new Map(results.map((r) => [r.branchId, r.level]));
}

function computed(
  ctx: ServiceContext,
  campaign: CampaignRow,
  roundId: string | undefined,
): Computed {
  const round = findRound(ctx, campaign, roundId);
  const key = `${campaign.id}:${round.id}`;
  const revision = dataRevision(ctx);
  let perDb = cache.get(ctx.db);
  if (!perDb) {
    perDb = new Map();
    cache.set(ctx.db, perDb);
  }
  const hit = perDb.get(key);
  if (hit && hit.revision === revision) return hit;
  const rubric = loadRubric(ctx, campaign);
  const branches = listRankingBranches(ctx.db, campaign.id);
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
  visitRoundInputs(ctx.db, round.id, rubric, branches, evaluate, { stale });
  // Sheets read from their score rows (older data, or another rubric version) get packs now,
  // so the next ranking reads one row per sheet. Derived data: nothing is audited.
  if (stale.length > 0) ctx.db.transaction(() => repackSheets(ctx.db, stale, rubric)).immediate();
  const entry = { revision, rubric, branches, state: new RankingState(rubric, evaluations), round };
  perDb.set(key, entry);
  return entry;
}

function flagsOf(result: BranchResult): RankingRow['flags'] {
  const flags: RankingRow['flags'] = [];
  if (result.vetoes.some((v) => v.resolved === null)) flags.push('veto');
  if (result.reasons.some((r) => r.kind === 'quota-demoted' || r.kind === 'quota-floor'))
    flags.push('demoted');
  if (result.reasons.some((r) => r.kind === 'border-tie')) flags.push('border-tie');
  if (result.reasons.some((r) => r.kind === 'gate-cap' || r.kind === 'star-gate'))
    flags.push('gate');
  return flags;
}

function toRow(
  result: BranchResult,
  branch: BranchRow | undefined,
  dimensions: number,
): RankingRow {
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
  };
}

/**
 * Display rows of a ranking's results, built once per results array: `RankingState` hands out
 * the same array until something changes, and a province's 46,000 rows are worth keeping for
 * the ranking page's refetches and for exports. The rows are only ever read.
 */
const rowsByResults = new WeakMap<BranchResult[], RankingRow[]>();

function rowsOf(results: BranchResult[], branches: BranchRow[], dimensions: number): RankingRow[] {
  let rows = rowsByResults.get(results);
  if (!rows) {
    const byId = new Map(branches.map((b) => [b.id, b]));
    rows = results.map((r) => toRow(r, byId.get(r.branchId), dimensions));
    rowsByResults.set(results, rows);
  }
  return rows;
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
  campaignId: string,
  roundId?: string,
): RankingView {
  const campaign = requireCampaign(ctx, campaignId);
  const { rubric, branches, state, round } = computed(ctx, campaign, roundId);
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
    rows: rowsOf(state.results(), branches, def.dimensions.length),
    plan: listPlanTargets(ctx.db, campaignId),
    previousCampaign: previous ? { id: previous.id, name: previous.name } : null,
  };
}

/** One branch's full result with every reason, for the explanation drawer and exports. */
export function explainRanking(
  ctx: ServiceContext,
  campaignId: string,
  roundId: string | undefined,
  branchId: string,
): RankingExplanation {
  const campaign = requireCampaign(ctx, campaignId);
  const { rubric, branches, state } = computed(ctx, campaign, roundId);
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
  return { row: toRow(result, branch, def.dimensions.length), result, itemNames };
}

/**
 * Precise invalidation: after a write that only touched one branch's sheets (and nothing else
 * since the cache was filled), re-evaluate that branch in the cached state instead of dropping
 * the whole ranking. `revisionBefore` is the data revision read before the write.
 */
export function branchChanged(
  ctx: ServiceContext,
  campaignId: string,
  roundId: string,
  branchId: string,
  revisionBefore: number,
): void {
  const entry = cache.get(ctx.db)?.get(`${campaignId}:${roundId}`);
  if (!entry || entry.revision !== revisionBefore) return;
  const branch = entry.branches.find((b) => b.id === branchId);
  const previous = entry.state.inputOf(branchId);
  if (!branch || !previous) return;
  const [input] = loadRoundInputs(ctx.db, campaignId, roundId, entry.rubric, [branch], branchId);
  if (!input) return;
  if (previous.otherRoundTotals) input.otherRoundTotals = previous.otherRoundTotals;
  if (previous.previousLevel !== undefined) input.previousLevel = previous.previousLevel;
  entry.state.updateBranch(input);
  entry.revision = dataRevision(ctx);
}
