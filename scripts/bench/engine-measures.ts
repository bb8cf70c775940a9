import type { RubricDefinition } from '../../shared/domain/rubric';
import { rubricDefinitionSchema } from '../../shared/domain/rubric';
import type {
  BranchEvaluation,
  BranchInput,
  BranchResult,
  CompiledRubric,
  SheetValues,
} from '../../shared/scoring';
import { compileRubric, evaluateBranch, rankEvaluations, RankingState } from '../../shared/scoring';
import { loadRoundInputs, visitRoundInputs } from '../../electron/services/ranking/load-inputs';
import type { BranchRow } from '../../electron/services/ranking/queries';
import { listRankingBranches } from '../../electron/services/ranking/queries';
import { getCampaign } from '../../electron/store/queries/campaigns';
import { getRubricVersion } from '../../electron/store/queries/rubrics';
import type { Store } from '../../electron/store/open';
import { BENCH_NOW } from './bench-campaign';
import { sampleRss } from './memory';
import { collectGarbage } from './timing';

export function campaignRubric(db: Store, campaignId: string): CompiledRubric {
  const campaign = getCampaign(db, campaignId);
  const version = campaign && getRubricVersion(db, campaign.rubric_version_id);
  if (!version) throw new Error(`Campaign ${campaignId} has no rubric`);
  const definition: RubricDefinition = rubricDefinitionSchema.parse(JSON.parse(version.definition));
  // With the version id, the loader reads each sheet's pack, as the app does.
  return compileRubric(definition, version.id);
}

export interface RecomputeRuns {
  load: number[];
  compute: number[];
  full: number[];
  results: BranchResult[];
}

/**
 * What the app does when a ranking is asked for and nothing is cached (the ranking service's
 * `computed`): read the branches, read each branch's sheets and evaluate it at once, letting its
 * sheets go, then rank. `load` is the time outside evaluation, `compute` evaluation plus
 * ranking. The previous run's results are dropped before each run, as a recompute that replaces
 * a cached ranking would, so the memory peak is one run's, not two.
 */
export function measureRecompute(
  db: Store,
  rubric: CompiledRubric,
  campaignId: string,
  roundId: string,
  runs: number,
): RecomputeRuns {
  const load: number[] = [];
  const compute: number[] = [];
  const full: number[] = [];
  const last: { results: BranchResult[] } = { results: [] };
  for (let run = 0; run < runs; run += 1) {
    last.results = [];
    collectGarbage();
    const started = performance.now();
    const branches = listRankingBranches(db, campaignId);
    const evaluations = new Array<BranchEvaluation>(branches.length);
    let evaluating = 0;
    visitRoundInputs(db, roundId, rubric, branches, (input, position) => {
      const t0 = performance.now();
      evaluations[position] = evaluateBranch(rubric, input, position);
      evaluating += performance.now() - t0;
    });
    const visited = performance.now();
    sampleRss();
    last.results = rankEvaluations(rubric, evaluations);
    const done = performance.now();
    load.push(visited - started - evaluating);
    compute.push(evaluating + done - visited);
    full.push(done - started);
    sampleRss();
  }
  return { load, compute, full, results: last.results };
}

function pointsItems(
  rubric: CompiledRubric,
): { code: string; index: number; step: number; max: number }[] {
  return rubric.items.flatMap((item, index) =>
    item.type === 'points'
      ? [{ code: item.code, index, step: item.step ?? 50, max: item.max }]
      : [],
  );
}

/** One step up, or down when already at the maximum: always a value the item allows. */
function stepped(old: number, step: number, max: number): number {
  return old + step <= max ? old + step : Math.max(0, old - step);
}

/** A copy of `input` with one item of its first sheet moved by one step, as an edit would. */
function withOneScoreChanged(rubric: CompiledRubric, input: BranchInput, k: number): BranchInput {
  const items = pointsItems(rubric);
  const pick = items[k % items.length];
  const [first, ...rest] = input.sheets;
  if (!pick || !first) return input;
  const points = Int32Array.from(first.points);
  points[pick.index] = stepped(points[pick.index] ?? 0, pick.step, pick.max);
  const sheet: SheetValues = { points, facts: first.facts };
  return { ...input, sheets: [sheet, ...rest] };
}

/** `count` positions spread evenly over `length`, shifted by `offset` (0–1) of a gap. */
function spread(length: number, count: number, offset: number): number[] {
  const n = Math.min(count, length);
  return Array.from({ length: n }, (_, k) => Math.floor(((k + offset) * length) / n));
}

export interface ChangeRuns {
  build: number;
  /** updateBranch alone, with the changed input built in memory. */
  engine: number[];
  /** The score written to SQLite, the branch reloaded from it, then updateBranch. */
  endToEnd: number[];
}

/**
 * The incremental path: the state is built once, then `changes` different branches (spread over
 * the campaign) each get one score changed and the ranking is brought up to date; then as many
 * other branches go the whole way through SQLite, as the ranking service does after a save.
 */
export function measureOneChange(
  db: Store,
  rubric: CompiledRubric,
  ids: { campaignId: string; roundId: string },
  inputs: BranchInput[],
  changes: number,
): ChangeRuns {
  collectGarbage();
  const started = performance.now();
  const state = RankingState.fromInputs(rubric, inputs);
  state.results();
  const build = performance.now() - started;
  sampleRss();
  const engine: number[] = [];
  for (const [k, at] of spread(inputs.length, changes, 0.25).entries()) {
    const input = inputs[at];
    if (!input) continue;
    const changed = withOneScoreChanged(rubric, input, k);
    const t0 = performance.now();
    state.updateBranch(changed);
    engine.push(performance.now() - t0);
  }
  sampleRss();
  const endToEnd = measureThroughStore(db, rubric, ids, state, changes);
  sampleRss();
  return { build, engine, endToEnd };
}

function measureThroughStore(
  db: Store,
  rubric: CompiledRubric,
  ids: { campaignId: string; roundId: string },
  state: RankingState,
  changes: number,
): number[] {
  const branches: BranchRow[] = listRankingBranches(db, ids.campaignId);
  const items = pointsItems(rubric);
  const firstSheet = db
    .prepare(
      `SELECT id FROM score_sheets WHERE round_id = ? AND branch_id = ? AND status = 'submitted'
        ORDER BY evaluator_id LIMIT 1`,
    )
    .pluck();
  const pointsOf = db
    .prepare('SELECT points FROM scores WHERE sheet_id = ? AND item_code = ?')
    .pluck();
  const update = db.prepare(
    'UPDATE scores SET points = ?, updated_at = ? WHERE sheet_id = ? AND item_code = ?',
  );
  const write = db.transaction((points: number, sheetId: string, code: string) => {
    update.run(points, BENCH_NOW, sheetId, code);
  });
  const times: number[] = [];
  for (const [k, at] of spread(branches.length, changes, 0.75).entries()) {
    const branch = branches[at];
    const item = items[k % items.length];
    const sheetId = branch && (firstSheet.get(ids.roundId, branch.id) as string | undefined);
    if (!branch || !item || !sheetId) continue;
    const old = pointsOf.get(sheetId, item.code) as number;
    const t0 = performance.now();
    write.immediate(stepped(old, item.step, item.max), sheetId, item.code);
    const [input] = loadRoundInputs(db, ids.campaignId, ids.roundId, rubric, [branch], branch.id);
    if (input) state.updateBranch(input);
    times.push(performance.now() - t0);
    // Put the cached dataset back as it was, so every run measures the same data.
    write.immediate(old, sheetId, item.code);
  }
  return times;
}
