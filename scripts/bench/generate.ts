import type { RubricDefinition } from '../../shared/domain/rubric';
import { listItems } from '../../shared/domain/rubric';
import { createRandom } from '../../electron/services/demo/scores';
import { setMeta } from '../../electron/store/queries/meta';
import type { Store } from '../../electron/store/open';
import { BENCH_NOW, createBenchCampaign } from './bench-campaign';
import { benchScore } from './bench-score';
import type { DatasetSpec } from './datasets';
import { seededUuids } from './ids';

/** Where the measuring process finds the campaign again; stored in the `meta` table. */
export const DATASET_META_KEY = 'bench.dataset';

export interface DatasetInfo {
  spec: DatasetSpec;
  campaignId: string;
  roundId: string;
  branches: number;
  sheets: number;
  scores: number;
}

/** Score rows per write transaction: big enough to be fast, small enough to keep the WAL small. */
const ROWS_PER_TRANSACTION = 100_000;

/**
 * How good a branch is in each dimension (0–1): one overall figure plus a spread per dimension,
 * so branches earn some stars and miss others, as they do, instead of all five or none.
 */
function branchQuality(dimensions: number, random: () => number): number[] {
  const base = 0.4 + 0.35 * random();
  return Array.from({ length: dimensions }, () =>
    Math.min(1, Math.max(0, base + (random() - 0.5) * 0.4)),
  );
}

export type Progress = (branchesDone: number, branchesTotal: number) => void;

/**
 * Fills an open store with one campaign of `spec`: every branch scored by every evaluator on
 * every item, all sheets submitted. Deterministic for a given spec and rubric.
 */
export function generateDataset(
  db: Store,
  spec: DatasetSpec,
  rubric: RubricDefinition,
  onProgress: Progress = () => undefined,
): DatasetInfo {
  const newId = seededUuids(spec.seed ^ 0x5eed);
  const campaign = createBenchCampaign(db, spec, rubric, newId);
  const items = listItems(rubric);
  const itemDimension = rubric.dimensions.flatMap((d, di) =>
    d.indicators.flatMap((i) => i.items.map(() => di)),
  );
  const random = createRandom(spec.seed);
  // Bulk rows skip the one-row query helpers: one prepared statement each, reused 8 M times.
  const insertSheet = db.prepare(
    `INSERT INTO score_sheets (id, round_id, branch_id, evaluator_id, status, created_at, updated_at, submitted_at)
     VALUES (?, ?, ?, ?, 'submitted', ?, ?, ?)`,
  );
  const insertScore = db.prepare(
    `INSERT INTO scores (sheet_id, item_code, points, fact, input, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const writeBranches = db.transaction((from: number, to: number) => {
    for (let b = from; b < to; b += 1) {
      const branch = campaign.branches[b];
      if (!branch) continue;
      const quality = branchQuality(rubric.dimensions.length, random);
      for (const evaluatorId of campaign.evaluatorIds) {
        const sheetId = newId();
        insertSheet.run(
          sheetId,
          campaign.roundId,
          branch.id,
          evaluatorId,
          BENCH_NOW,
          BENCH_NOW,
          BENCH_NOW,
        );
        for (const [i, item] of items.entries()) {
          const score = benchScore(item, quality[itemDimension[i] ?? 0] ?? 0, random, spec);
          const input = score.input === null ? null : JSON.stringify(score.input);
          insertScore.run(sheetId, item.code, score.points, score.fact, input, BENCH_NOW);
        }
      }
    }
  });
  const perBranch = Math.max(1, spec.evaluators * items.length);
  const chunk = Math.max(1, Math.floor(ROWS_PER_TRANSACTION / perBranch));
  for (let from = 0; from < spec.branches; from += chunk) {
    const to = Math.min(spec.branches, from + chunk);
    writeBranches.immediate(from, to);
    onProgress(to, spec.branches);
  }
  const sheets = spec.branches * spec.evaluators;
  const info: DatasetInfo = {
    spec,
    campaignId: campaign.campaignId,
    roundId: campaign.roundId,
    branches: spec.branches,
    sheets,
    scores: sheets * items.length,
  };
  setMeta(db, DATASET_META_KEY, JSON.stringify(info));
  return info;
}
