import { describe, expect, it } from 'vitest';
import type { BranchResult } from '../../../../shared/scoring';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

/** A failed gate is reported (reason, hence the row's flag) only where it changed the result. */
const gateKinds = (result: BranchResult | undefined) =>
  (result?.reasons ?? []).filter((r) => r.kind === 'gate-cap' || r.kind === 'star-gate');

const bands = [5, 4, 3, 2, 1].map((level) => ({
  level,
  min: level === 1 ? 0 : (level + 4) * 1000,
}));

/** Five stars need the innovation project (G); V caps at two stars when raised. */
const banded = rubric(
  [
    {
      code: 'A',
      items: [
        { code: 'P', max: 10000 },
        { code: 'G', type: 'gate', max: 0, gate: { effect: 'cap-level', level: 5 } },
        {
          code: 'V',
          type: 'veto',
          max: 0,
          veto: { scope: 'rating', effect: 'cap-level', capLevel: 2 },
        },
      ],
    },
  ],
  { scheme: { kind: 'bands', bands } },
);

describe('level gates', () => {
  it('are not reported for a branch whose total never reaches the gated level', () => {
    const [result] = computeResults(banded, [branch(banded, 'b', [{ P: 8500, G: { fact: 0 } }])]);
    expect(result!.level).toBe(4);
    expect(gateKinds(result)).toEqual([]);
  });

  it('are reported where they lowered the level', () => {
    const [result] = computeResults(banded, [branch(banded, 'b', [{ P: 9500, G: { fact: 0 } }])]);
    expect(result!.level).toBe(4);
    expect(gateKinds(result)).toEqual([
      { kind: 'gate-cap', item: 'G', value: null, min: null, capLevel: 4 },
    ]);
  });

  it('are not reported when a lower cap decides the level anyway', () => {
    const [result] = computeResults(banded, [
      branch(banded, 'b', [{ P: 9500, G: { fact: 0 }, V: { fact: 1 } }]),
    ]);
    expect(result!.level).toBe(2);
    expect(gateKinds(result)).toEqual([]);
    expect(result!.reasons).toContainEqual({ kind: 'veto-cap', item: 'V', capLevel: 2 });
  });
});

describe('star gates', () => {
  const stars = rubric(
    ['S1', 'S2'].map((code) => ({
      code,
      passLine: 800,
      items: [
        { code: `${code}.P` },
        {
          code: `${code}.G`,
          type: 'gate' as const,
          max: 0,
          gate: { effect: 'cancel-star' as const, min: 9000 },
        },
      ],
    })),
  );

  it('are reported only for a star whose score reached its pass line', () => {
    const [result] = computeResults(stars, [
      branch(stars, 'b', [
        { 'S1.P': 900, 'S2.P': 700, 'S1.G': { fact: 8000 }, 'S2.G': { fact: 8000 } },
      ]),
    ]);
    expect(result!.level).toBe(0);
    expect(gateKinds(result)).toEqual([
      { kind: 'star-gate', star: 'S1', item: 'S1.G', value: 8000, min: 9000 },
    ]);
  });

  it('are not reported for a capstone star that would not count anyway', () => {
    const capstone = rubric(
      ['S1', 'S2'].map((code) => ({
        code,
        passLine: 800,
        items: [
          { code: `${code}.P` },
          {
            code: `${code}.G`,
            type: 'gate' as const,
            max: 0,
            gate: { effect: 'cancel-star' as const, min: 9000 },
          },
        ],
      })),
      { scheme: { kind: 'per-star', starRelation: { star: 'S1', relation: 'capstone' } } },
    );
    const [result] = computeResults(capstone, [
      branch(capstone, 'b', [
        { 'S1.P': 900, 'S2.P': 700, 'S1.G': { fact: 8000 }, 'S2.G': { fact: 9500 } },
      ]),
    ]);
    expect(result!.level).toBe(0);
    expect(gateKinds(result)).toEqual([]);
    expect(result!.reasons).toContainEqual({
      kind: 'capstone-not-counted',
      star: 'S1',
      missing: ['S2'],
    });
  });
});

describe('gates on a selection', () => {
  const award = rubric(
    [
      {
        code: 'A',
        items: [
          { code: 'P', max: 10000 },
          { code: 'G', type: 'gate', max: 0, gate: { effect: 'cap-level', level: 1 } },
        ],
      },
    ],
    { scheme: { kind: 'selection', top: 1 } },
  );

  it('are reported only for a branch the selection would have chosen', () => {
    const results = computeResults(award, [
      branch(award, 'first', [{ P: 9000, G: { fact: 0 } }]),
      branch(award, 'second', [{ P: 8000, G: { fact: 0 } }]),
    ]);
    const byId = Object.fromEntries(results.map((x) => [x.branchId, x]));
    expect(byId.first!.level).toBe(0);
    expect(gateKinds(byId.first)).toEqual([
      { kind: 'gate-cap', item: 'G', value: null, min: null, capLevel: 0 },
    ]);
    expect(byId.second!.level).toBe(0);
    expect(gateKinds(byId.second)).toEqual([]);
  });
});
