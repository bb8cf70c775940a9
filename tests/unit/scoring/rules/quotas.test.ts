import { describe, expect, it } from 'vitest';
import type { Quota } from '../../../../shared/domain/rubric';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

const bands = [5, 4, 3, 2, 1].map((level) => ({ level, min: (level + 4) * 1000 }));

function banded(quotas: Partial<Quota>[]) {
  return rubric([{ code: 'A', items: [{ code: 'P', max: 10000 }] }], {
    scheme: { kind: 'bands', bands },
    quotas: quotas as Quota[],
  });
}

/** Branches with the given totals (in points), in township T1 unless given. */
function field(r: ReturnType<typeof banded>, totals: number[], township = 'T1') {
  return totals.map((t, i) =>
    branch(r, `${township}-${i}`, [{ P: t * 100 }], { townshipId: township }),
  );
}

describe('quotas', () => {
  it('demotes branches over a ceiling by rank, and the demotion cascades', () => {
    // 10 branches: four reach five stars, two four stars. Ceilings: 10% five-star (1),
    // 30% four-star (3). Five-star ranks 2–4 fall to four, which now holds 5 > 3: the two
    // lowest four-stars fall to three.
    const r = banded([
      { level: 5, max: { share: 10 } },
      { level: 4, max: { share: 30 } },
    ]);
    const results = computeResults(r, field(r, [99, 98, 97, 96, 89, 88, 70, 69, 60, 50]));
    expect(results.map((x) => x.level)).toEqual([5, 4, 4, 4, 3, 3, 3, 2, 2, 1]);
    expect(results.map((x) => x.levelBeforeQuota)).toEqual([5, 5, 5, 5, 4, 4, 3, 2, 2, 1]);
    expect(results[1]!.reasons).toContainEqual({
      kind: 'quota-demoted',
      from: 5,
      to: 4,
      rank: 2,
      limit: 1,
      scope: 'campaign',
      order: 'level-first',
    });
    expect(results[4]!.reasons).toContainEqual({
      kind: 'quota-demoted',
      from: 4,
      to: 3,
      rank: 5,
      limit: 3,
      scope: 'campaign',
      order: 'level-first',
    });
  });

  it('demotes everyone tied on the border under demote-all, and marks them', () => {
    const r = banded([{ level: 5, max: { count: 2 }, ties: 'demote-all' }]);
    const results = computeResults(r, field(r, [99, 95, 95, 80]));
    expect(results.map((x) => x.level)).toEqual([5, 4, 4, 4]);
    expect(results[1]!.reasons).toContainEqual({
      kind: 'border-tie',
      level: 5,
      rank: 2,
      kept: false,
      policy: 'demote-all',
    });
  });

  it('keeps everyone tied on the border under keep-all', () => {
    const r = banded([{ level: 5, max: { count: 2 }, ties: 'keep-all' }]);
    const results = computeResults(r, field(r, [99, 95, 95, 91]));
    expect(results.map((x) => x.level)).toEqual([5, 5, 5, 4]);
  });

  it('applies township ceilings within each township', () => {
    const r = banded([{ level: 5, max: { count: 1 }, scope: 'township' }]);
    const results = computeResults(r, [...field(r, [99, 98], 'A'), ...field(r, [97, 96], 'B')]);
    const level = Object.fromEntries(results.map((x) => [x.branchId, x.level]));
    expect(level).toEqual({ 'A-0': 5, 'A-1': 4, 'B-0': 5, 'B-1': 4 });
  });

  it('a floor moves the lowest ranked down until enough hold the level', () => {
    // At least 20% of 10 (2) must be "lagging" (level 1); only one is.
    const r = banded([{ level: 1, min: { share: 20 } }]);
    const results = computeResults(r, field(r, [99, 95, 90, 88, 85, 80, 77, 75, 70, 55]));
    expect(results.map((x) => x.level)).toEqual([5, 5, 5, 4, 4, 4, 3, 3, 1, 1]);
    expect(results[8]!.reasons).toContainEqual({
      kind: 'quota-floor',
      from: 3,
      to: 1,
      rank: 9,
      limit: 2,
      scope: 'campaign',
      order: 'level-first',
    });
  });

  it('ranks after quotas by the final level', () => {
    const r = banded([{ level: 5, max: { count: 1 } }]);
    const results = computeResults(r, field(r, [99, 98, 89]));
    expect(results.map((x) => [x.level, x.rank])).toEqual([
      [5, 1],
      [4, 2],
      [4, 3],
    ]);
  });
});
