import type { RubricDefinition } from '../../../shared/domain/rubric';
import { sheetFitsRound } from '../../../shared/domain/org';
import { listItems } from '../../../shared/domain/rubric';
import type { RankingExplanation, RankingRow, RankingView } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { BranchEvaluation, BranchResult, CompiledRubric } from '../../../shared/scoring';
import { getCampaign } from '../../store/queries/campaigns';
import { latestDecisions } from '../../store/queries/decisions';
import { listPlanTargets } from '../../store/queries/plans';
import { namedLevelsOfYear } from '../../store/queries/star-history';
import { dataRevision } from '../../store/revision';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { cachedRanking } from './cache';
import { computed } from './computed';
import type { BranchRow, RoundRow } from './queries';
import { listRaisedVetoInputs } from './queries';

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
      previous !== undefined || namedLevelsOfYear(ctx.db, campaignId, campaign.year - 1).length > 0,
  };
}

/**
 * The round's ranking when this connection has it computed at the current data, else null
 * (and nothing is computed). An export hands it to its worker, which then need not rank a
 * province a second time beside main's ranking (docs/performance.md, 2026-12-06).
 */
export function rankingIfComputed(
  ctx: ServiceContext,
  input: { campaignId: string; roundId: string },
): RankingView | null {
  const hit = cachedRanking(ctx.db, input.campaignId, input.roundId, dataRevision(ctx.db));
  return hit ? computeRanking(ctx, input) : null;
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
