import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RubricDefinition } from '../../../shared/domain/rubric';
import type { BranchResult } from '../../../shared/scoring/index';
import { compileRubric, computeResults } from '../../../shared/scoring/index';
import { expectReferenceScenario, loadFixture } from './golden/fixture';
import type { RefBranch } from './reference';
import { referenceResults } from './reference';
import { caseArb, toEngine } from './arbitraries';

/** Fixed so a failure replays; fast-check prints it (and the failing case) when a run fails. */
const SEED = 20_251_124;
const RUNS = 200;
// ---------------------------------------------------------------------------------------------
// Comparisons.

function summary(r: BranchResult) {
  return {
    status: r.status,
    total: r.total,
    level: r.level,
    rank: r.rank,
    ...(r.status === 'rated' ? { stars: r.stars, change: r.change } : {}),
  };
}

function tieKey(def: RubricDefinition, r: BranchResult, input: RefBranch): number[] {
  const key = [r.level ?? -1, r.total ?? -1];
  for (const tb of def.tieBreakers) {
    if (tb.kind === 'dimension')
      key.push(r.dimensions.find((d) => d.code === tb.code)?.score ?? -1);
    else key.push(input.otherRoundTotals?.[tb.roundKind] ?? -1);
  }
  return key;
}

function bonusRoom(def: RubricDefinition): number {
  let perDims = 0;
  for (const dim of def.dimensions) {
    const bonus = dim.indicators.flatMap((i) => i.items).filter((i) => i.type === 'bonus');
    const sum = bonus.reduce((s, i) => s + i.max, 0);
    perDims += dim.bonusCap === undefined ? sum : Math.min(sum, dim.bonusCap);
  }
  return def.bonusCap === undefined ? perDims : Math.min(perDims, def.bonusCap);
}

function roundUpToPrecision(x: number, precision: number): number {
  const unit = 10 ** (2 - precision);
  return Math.ceil(x / unit) * unit;
}

function expectAgreement(def: RubricDefinition, branches: RefBranch[]): void {
  const engine = computeResults(compileRubric(def), toEngine(def, branches));
  const reference = referenceResults(def, branches);
  const got = Object.fromEntries(engine.map((r) => [r.branchId, summary(r)]));
  const want = Object.fromEntries(
    reference.map((r) => [
      r.branchId,
      {
        status: r.status,
        total: r.total,
        level: r.level,
        rank: r.rank,
        ...(r.status === 'rated' ? { stars: r.stars, change: r.change } : {}),
      },
    ]),
  );
  expect(got).toEqual(want);
  expect(engine.map((r) => r.branchId)).toEqual(reference.map((r) => r.branchId));
}

describe('reference implementation', () => {
  // The reference must first agree with the hand calculations before it may judge the engine.
  const goldens = [
    'rural-five-star',
    'urban-community-five-star',
    'banded-110',
    'governance-award',
  ];
  for (const name of goldens) {
    const fixture = loadFixture(name);
    it.each(Object.keys(fixture.scenarios))(`reproduces golden ${name} / %s`, (scenario) =>
      expectReferenceScenario(fixture, scenario),
    );
  }
});

describe('engine properties (fast-check)', () => {
  it('agrees with the reference on random rubrics and sheets', () => {
    fc.assert(
      fc.property(caseArb('per-branch'), ({ def, branches }) => expectAgreement(def, branches)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('agrees with the reference when only some evaluators enter a bonus (a blank is 0)', () => {
    fc.assert(
      fc.property(caseArb('per-sheet'), ({ def, branches }) => expectAgreement(def, branches)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives every branch the same result whatever the input order, every reason included', () => {
    fc.assert(
      fc.property(
        caseArb().chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(c.branches, {
              minLength: c.branches.length,
              maxLength: c.branches.length,
            }),
          ),
        ),
        ([{ def, branches }, shuffled]) => {
          const rubric = compileRubric(def);
          const a = computeResults(rubric, toEngine(def, branches));
          const b = computeResults(rubric, toEngine(def, shuffled));
          // The whole result: level, rank, stars, flags' reasons, vetoes, missing items.
          const byId = (rs: BranchResult[]) => Object.fromEntries(rs.map((r) => [r.branchId, r]));
          expect(byId(b)).toEqual(byId(a));
          // Rated branches whose key no other branch shares keep their relative order.
          const inputs = new Map(branches.map((x) => [x.branchId, x]));
          const keyOf = (r: BranchResult) =>
            JSON.stringify(tieKey(def, r, inputs.get(r.branchId)!));
          const rated = a.filter((r) => r.status === 'rated');
          const counts = new Map<string, number>();
          for (const r of rated) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
          const distinct = (rs: BranchResult[]) =>
            rs
              .filter((r) => r.status === 'rated' && counts.get(keyOf(r)) === 1)
              .map((r) => r.branchId);
          expect(distinct(b)).toEqual(distinct(a));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never gives a total above the maximum plus the bonus caps', () => {
    fc.assert(
      fc.property(caseArb(), ({ def, branches }) => {
        const bound = roundUpToPrecision(def.max + bonusRoom(def), def.precision);
        for (const r of computeResults(compileRubric(def), toEngine(def, branches)))
          if (r.total !== null) expect(r.total, r.branchId).toBeLessThanOrEqual(bound);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('ranks by standard competition ranking (1, 2, 2, 4) in output order', () => {
    fc.assert(
      fc.property(caseArb(), ({ def, branches }) => {
        const results = computeResults(compileRubric(def), toEngine(def, branches));
        const inputs = new Map(branches.map((x) => [x.branchId, x]));
        const rated = results.filter((r) => r.status === 'rated');
        // Rated come first, then vetoed, incomplete, unscored; only rated have ranks.
        const statuses = results.map((r) => r.status);
        const rankOf = { rated: 0, vetoed: 1, incomplete: 2, unscored: 3 } as const;
        expect(statuses).toEqual([...statuses].sort((x, y) => rankOf[x] - rankOf[y]));
        for (const r of results) expect(r.rank === null, r.branchId).toBe(r.status !== 'rated');
        rated.forEach((r, i) => {
          const key = tieKey(def, r, inputs.get(r.branchId)!);
          if (i === 0) return expect(r.rank).toBe(1);
          const prev = rated[i - 1]!;
          const prevKey = tieKey(def, prev, inputs.get(prev.branchId)!);
          const same = JSON.stringify(key) === JSON.stringify(prevKey);
          // Keys never increase down the list, and equal keys share the rank of the first.
          expect(compareKeys(prevKey, key), r.branchId).toBeGreaterThanOrEqual(0);
          expect(r.rank, r.branchId).toBe(same ? prev.rank : i + 1);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/** Positive when a sorts before b (higher is better). */
function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
