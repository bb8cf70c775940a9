import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

const bands = [
  { level: 5, min: 9000 },
  { level: 4, min: 8000 },
  { level: 3, min: 7000 },
];

describe('score bands', () => {
  const r = rubric(
    [
      {
        code: 'A',
        items: [
          { code: 'P', max: 10000 },
          { code: 'INNOV', type: 'gate', max: 0, gate: { effect: 'cap-level', level: 5 } },
        ],
      },
    ],
    { scheme: { kind: 'bands', bands } },
  );

  it('gives the highest band the total reaches, and level 0 below every band', () => {
    const results = computeResults(r, [
      branch(r, 'a', [{ P: 8000, INNOV: { fact: 1 } }]),
      branch(r, 'b', [{ P: 6999, INNOV: { fact: 1 } }]),
    ]);
    expect(results.map((x) => x.level)).toEqual([4, 0]);
    expect(results[1]!.reasons).toContainEqual({ kind: 'below-bands', total: 6999, lowest: 7000 });
  });

  it('a failed gate caps the level below the gated one', () => {
    const [result] = computeResults(r, [branch(r, 'a', [{ P: 9500, INNOV: { fact: 0 } }])]);
    expect(result!.level).toBe(4);
    expect(result!.reasons).toContainEqual({
      kind: 'gate-cap',
      item: 'INNOV',
      value: null,
      min: null,
      capLevel: 4,
    });
  });

  it('a yes/no gate follows the majority of evaluators', () => {
    const [result] = computeResults(r, [
      branch(r, 'a', [
        { P: 9500, INNOV: { fact: 1 } },
        { P: 9500, INNOV: { fact: 1 } },
        { P: 9500, INNOV: { fact: 0 } },
      ]),
    ]);
    expect(result!.level).toBe(5);
  });
});

describe('weighted parts', () => {
  it('computes (basic − deductions) × 70% + evaluation × 30%, then bands', () => {
    const r = rubric(
      [
        { code: 'BASIC', items: [{ code: 'P', max: 10000 }] },
        { code: 'DED', items: [{ code: 'D', max: 2000 }] },
        { code: 'EVAL', items: [{ code: 'E', max: 10000 }] },
      ],
      {
        scheme: {
          kind: 'weighted',
          parts: [
            { add: ['BASIC'], subtract: ['DED'], weight: 70 },
            { add: ['EVAL'], weight: 30 },
          ],
          bands,
        },
      },
    );
    const [result] = computeResults(r, [branch(r, 'a', [{ P: 9500, D: 500, E: 8000 }])]);
    expect(result!.total).toBe(8700); // (95 − 5) × 0.7 + 80 × 0.3 = 63 + 24
    expect(result!.level).toBe(4);
  });
});

describe('selection awards', () => {
  const r = rubric([{ code: 'A', items: [{ code: 'P', max: 10000 }] }], {
    scheme: { kind: 'selection', top: 2, scope: 'township', min: 6000 },
  });

  it('selects the top N per township with at least the minimum', () => {
    const results = computeResults(r, [
      branch(r, 'a1', [{ P: 9000 }], { townshipId: 'A' }),
      branch(r, 'a2', [{ P: 8000 }], { townshipId: 'A' }),
      branch(r, 'a3', [{ P: 7000 }], { townshipId: 'A' }),
      branch(r, 'b1', [{ P: 5000 }], { townshipId: 'B' }),
    ]);
    const level = Object.fromEntries(results.map((x) => [x.branchId, x.level]));
    expect(level).toEqual({ a1: 1, a2: 1, a3: 0, b1: 0 });
  });

  it('selects everyone tied with the last place and marks the tie', () => {
    const results = computeResults(r, [
      branch(r, 'a1', [{ P: 9000 }], { townshipId: 'A' }),
      branch(r, 'a2', [{ P: 8000 }], { townshipId: 'A' }),
      branch(r, 'a3', [{ P: 8000 }], { townshipId: 'A' }),
    ]);
    expect(results.map((x) => x.level)).toEqual([1, 1, 1]);
    for (const tied of results.slice(1)) {
      expect(tied.reasons).toContainEqual({
        kind: 'border-tie',
        level: 1,
        rank: 2,
        kept: true,
        policy: 'keep-all',
      });
    }
  });
});
