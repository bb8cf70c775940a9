import { describe, expect, it } from 'vitest';
import { computeResults, RankingState } from '../../../../shared/scoring';
import { branch, rubric } from './build';

describe('ranking', () => {
  const r = rubric(
    [
      { code: 'S1', passLine: 500, items: [{ code: 'A' }] },
      { code: 'S2', passLine: 500, items: [{ code: 'B' }] },
    ],
    {
      tieBreakers: [
        { kind: 'dimension', code: 'S1' },
        { kind: 'round-total', roundKind: 'self' },
      ],
    },
  );

  it('orders by level, then total, with standard competition ranks (1, 2, 2, 4)', () => {
    const results = computeResults(r, [
      branch(r, 'low-level-high-total', [{ A: 1000, B: 400 }]),
      branch(r, 'two-stars', [{ A: 600, B: 600 }]),
      branch(r, 'tie-1', [{ A: 700, B: 600 }]),
      branch(r, 'tie-2', [{ A: 700, B: 600 }]),
    ]);
    expect(results.map((x) => [x.branchId, x.rank])).toEqual([
      ['tie-1', 1],
      ['tie-2', 1],
      ['two-stars', 3],
      ['low-level-high-total', 4],
    ]);
  });

  it('breaks ties with a dimension score, then another round total', () => {
    const results = computeResults(r, [
      branch(r, 'a', [{ A: 600, B: 700 }], { otherRoundTotals: { self: 1500 } }),
      branch(r, 'b', [{ A: 700, B: 600 }], { otherRoundTotals: { self: 1000 } }),
      branch(r, 'c', [{ A: 700, B: 600 }], { otherRoundTotals: { self: 1200 } }),
    ]);
    expect(results.map((x) => [x.branchId, x.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
    ]);
  });

  it('keeps input order among exact ties, whatever order they come in', () => {
    const inputs = ['x', 'y', 'z'].map((id) =>
      branch(r, id, [{ A: 700, B: 700 }], { otherRoundTotals: { self: 1 } }),
    );
    expect(computeResults(r, inputs).map((x) => x.branchId)).toEqual(['x', 'y', 'z']);
    expect(computeResults(r, [...inputs].reverse()).map((x) => x.branchId)).toEqual([
      'z',
      'y',
      'x',
    ]);
  });

  it('re-ranks after one branch changes, as a full recompute would', () => {
    const inputs = ['a', 'b', 'c'].map((id, i) => branch(r, id, [{ A: 600 + i * 100, B: 600 }]));
    const state = RankingState.fromInputs(r, inputs);
    expect(state.results()[0]!.branchId).toBe('c');
    const changed = branch(r, 'a', [{ A: 1000, B: 1000 }]);
    state.updateBranch(changed);
    const after = state.results();
    expect(after).toEqual(computeResults(r, [changed, inputs[1]!, inputs[2]!]));
    expect(after[0]!.branchId).toBe('a');
  });

  it('shares and splits ranks as a full recompute does when changes make and break ties', () => {
    const tie = { A: 700, B: 600 };
    const inputs = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
      branch(r, id, [i < 3 ? tie : { A: 600 + i * 10, B: 600 }], {
        otherRoundTotals: { self: 1 },
      }),
    );
    const state = RankingState.fromInputs(r, inputs);
    const current = [...inputs];
    const steps: [number, Record<string, number>][] = [
      [3, tie], // d joins the tie at its end
      [1, { A: 100, B: 100 }], // b leaves the middle of the tie (and is no longer rated)
      [1, tie], // and comes back
      [0, { A: 800, B: 600 }], // a leaves the tie at its head
      [4, { A: 800, B: 600 }], // e ties with a above the others
      [0, tie], // a returns
    ];
    for (const [at, sheet] of steps) {
      current[at] = branch(r, current[at]!.branchId, [sheet], { otherRoundTotals: { self: 1 } });
      state.updateBranch(current[at]);
      const full = computeResults(r, current);
      expect(state.results().map((x) => [x.branchId, x.rank])).toEqual(
        full.map((x) => [x.branchId, x.rank]),
      );
    }
    expect(state.results().map((x) => x.rank)).toEqual([1, 2, 2, 2, 2]);
  });
});

describe('year over year', () => {
  const r = rubric([
    { code: 'S1', passLine: 500, items: [{ code: 'A' }] },
    { code: 'S2', passLine: 500, items: [{ code: 'B' }] },
  ]);

  it('says gained, lost, withdrawn, same and new', () => {
    const two = [{ A: 600, B: 600 }];
    const one = [{ A: 600, B: 100 }];
    const none = [{ A: 100, B: 100 }];
    const results = computeResults(r, [
      branch(r, 'gained', two, { previousLevel: 1 }),
      branch(r, 'lost', one, { previousLevel: 2 }),
      branch(r, 'withdrawn', none, { previousLevel: 1 }),
      branch(r, 'same', one, { previousLevel: 1 }),
      branch(r, 'new', one),
      branch(r, 'was-unrated', one, { previousLevel: null }),
    ]);
    const change = Object.fromEntries(results.map((x) => [x.branchId, x.change]));
    expect(change).toEqual({
      gained: 'gained',
      lost: 'lost',
      withdrawn: 'withdrawn',
      same: 'same',
      new: 'new',
      'was-unrated': 'gained',
    });
  });
});
