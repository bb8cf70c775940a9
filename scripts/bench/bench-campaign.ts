import type { RubricDefinition } from '../../shared/domain/rubric';
import { createContext, detachedParts } from '../../electron/services/context';
import { insertCampaignWithRounds } from '../../electron/services/campaigns/service';
import { addCampaignEvaluator } from '../../electron/store/queries/campaigns';
import { insertEvaluator } from '../../electron/store/queries/evaluators';
import { insertRubricVersion } from '../../electron/store/queries/rubrics';
import { listRoundProgress } from '../../electron/store/queries/rounds';
import { insertUnit } from '../../electron/store/queries/units';
import type { Store } from '../../electron/store/open';
import { write } from '../../electron/store/write';
import type { DatasetSpec } from './datasets';

/** Fixed clock: generated files are the same on every run. */
export const BENCH_NOW = '2025-11-20T08:00:00.000Z';

export interface BenchBranch {
  id: string;
  townshipId: string;
}

export interface BenchCampaign {
  campaignId: string;
  roundId: string;
  evaluatorIds: string[];
  /** In tree order (township, then branch), as the campaign lists them. */
  branches: BenchBranch[];
}

/**
 * The org tree, rubric version, campaign (through the campaigns service, so memberships, the
 * round and the audit entry are written as the app writes them) and evaluators.
 */
export function createBenchCampaign(
  db: Store,
  spec: DatasetSpec,
  rubric: RubricDefinition,
  newId: () => string,
): BenchCampaign {
  const ctx = createContext(
    db,
    { version: 'bench', dataFile: db.name, host: 'cli' },
    detachedParts('the bench generator'),
    { actor: 'bench', now: () => BENCH_NOW, newId },
  );
  // One write through the app's write path (one transaction, the campaign's audit entry).
  return write(ctx, () => {
    const rootId = newId();
    insertUnit(db, {
      id: rootId,
      parentId: null,
      kind: 'county',
      branchType: null,
      name: `基准-${spec.name}`,
      sortOrder: 0,
      isDemo: false,
      createdAt: BENCH_NOW,
    });
    const townshipIds = Array.from({ length: spec.townships }, (_, t) => {
      const id = newId();
      insertUnit(db, {
        id,
        parentId: rootId,
        kind: t % 10 === 9 ? 'subdistrict' : 'township',
        branchType: null,
        name: `乡镇${String(t + 1).padStart(4, '0')}`,
        sortOrder: t,
        isDemo: false,
        createdAt: BENCH_NOW,
      });
      return id;
    });
    const branches: BenchBranch[] = [];
    for (let b = 0; b < spec.branches; b += 1) {
      // Branches spread evenly over the townships, kept in township order.
      const township = Math.floor((b * spec.townships) / spec.branches);
      const townshipId = townshipIds[township] ?? rootId;
      const id = newId();
      insertUnit(db, {
        id,
        parentId: townshipId,
        kind: 'branch',
        branchType: b % 7 === 6 ? 'community' : 'rural',
        name: `支部${String(b + 1).padStart(6, '0')}`,
        sortOrder: b,
        isDemo: false,
        createdAt: BENCH_NOW,
      });
      branches.push({ id, townshipId });
    }
    const rubricVersionId = newId();
    insertRubricVersion(db, {
      id: rubricVersionId,
      lineageId: newId(),
      version: 1,
      name: `基准评分细则-${spec.name}`,
      definition: JSON.stringify(rubric),
      maxPoints: rubric.max,
      isDemo: false,
      createdAt: BENCH_NOW,
    });
    const campaignId = insertCampaignWithRounds(ctx, {
      name: `基准-${spec.name}-2025`,
      year: 2025,
      countyId: rootId,
      rubricVersionId,
      rounds: [{ kind: 'county', name: '县级审核' }],
    });
    const roundId = listRoundProgress(db, campaignId).at(-1)?.id;
    if (!roundId) throw new Error('The bench campaign has no round');
    const evaluatorIds = Array.from({ length: spec.evaluators }, (_, e) => {
      const id = newId();
      insertEvaluator(db, {
        id,
        name: `评审员${e + 1}`,
        unitId: null,
        role: '',
        isDemo: false,
        createdAt: BENCH_NOW,
      });
      addCampaignEvaluator(db, campaignId, id);
      return id;
    });
    return { campaignId, roundId, evaluatorIds, branches };
  });
}
