import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

const r = rubric([
  {
    code: 'A',
    passLine: 1500,
    items: [
      { code: 'P' },
      { code: 'Q' },
      { code: 'B', type: 'bonus', max: 500 },
      { code: 'V', type: 'veto', max: 0, veto: { scope: 'star', effect: 'cancel-star' } },
    ],
  },
]);

describe('missing entries', () => {
  it('marks a branch incomplete instead of treating a missing item as zero', () => {
    const [result] = computeResults(r, [branch(r, 'b', [{ P: 1000 }, { P: 1000, Q: 1000 }])]);
    expect(result).toMatchObject({ status: 'incomplete', total: null, level: null, rank: null });
    expect(result!.missing).toEqual([{ item: 'Q', sheets: 1 }]);
  });

  it('gives an incomplete branch no dimension scores: blank, never the sum entered so far', () => {
    const [result] = computeResults(r, [branch(r, 'b', [{ P: 1000 }, { P: 1000, Q: 1000 }])]);
    expect(result!.dimensions).toEqual([]);
    expect(result!.reasons).toContainEqual({ kind: 'incomplete', missing: 1 });
  });

  it('does not need bonus or veto entries', () => {
    const [result] = computeResults(r, [branch(r, 'b', [{ P: 1000, Q: 1000 }])]);
    expect(result).toMatchObject({ status: 'rated', total: 2000, level: 1, rank: 1 });
  });

  it('keeps a branch with a draft sheet out of the ranking', () => {
    const [result] = computeResults(r, [
      branch(r, 'b', [{ P: 1000, Q: 1000 }], { pendingSheets: 1 }),
    ]);
    expect(result!.status).toBe('incomplete');
    expect(result!.reasons).toContainEqual({ kind: 'sheets-pending', count: 1 });
  });

  it('lists unscored branches last, in input order', () => {
    const results = computeResults(r, [
      branch(r, 'none', []),
      branch(r, 'half', [{ P: 1000 }]),
      branch(r, 'full', [{ P: 1000, Q: 1000 }]),
    ]);
    expect(results.map((x) => [x.branchId, x.status])).toEqual([
      ['full', 'rated'],
      ['half', 'incomplete'],
      ['none', 'unscored'],
    ]);
  });
});

describe('vetoes', () => {
  it('a veto raised by one evaluator of three is not averaged away', () => {
    const [result] = computeResults(r, [
      branch(r, 'b', [
        { P: 1000, Q: 1000, V: { fact: 1 } },
        { P: 1000, Q: 1000, V: { fact: 0 } },
        { P: 1000, Q: 1000 },
      ]),
    ]);
    expect(result!.level).toBe(0);
    expect(result!.vetoes).toEqual([{ item: 'V', raisedBy: 1, resolved: null }]);
    expect(result!.reasons).toContainEqual({ kind: 'star-veto', star: 'A', item: 'V' });
  });

  it('a resolved veto no longer applies and its reason is kept', () => {
    const [result] = computeResults(r, [
      branch(r, 'b', [{ P: 1000, Q: 1000, V: { fact: 1 } }], {
        resolvedVetoes: new Map([['V', '经核实不属实']]),
      }),
    ]);
    expect(result!.level).toBe(1);
    expect(result!.reasons).toContainEqual({
      kind: 'veto-resolved',
      item: 'V',
      reason: '经核实不属实',
    });
  });

  const rated = rubric([
    {
      code: 'A',
      passLine: 500,
      items: [
        { code: 'P' },
        { code: 'X', type: 'veto', max: 0, veto: { scope: 'rating', effect: 'no-rating' } },
      ],
    },
    {
      code: 'B',
      passLine: 500,
      items: [
        { code: 'Q' },
        {
          code: 'Y',
          type: 'veto',
          max: 0,
          veto: { scope: 'rating', effect: 'cap-level', capLevel: 1 },
        },
      ],
    },
  ]);

  it('a rating veto with no-rating takes the branch out of the rated list', () => {
    const [a, b] = computeResults(rated, [
      branch(rated, 'vetoed', [{ P: 1000, Q: 1000, X: { fact: 1 } }]),
      branch(rated, 'fine', [{ P: 600, Q: 600 }]),
    ]);
    expect(a).toMatchObject({ branchId: 'fine', rank: 1, level: 2 });
    expect(b).toMatchObject({
      branchId: 'vetoed',
      status: 'vetoed',
      level: null,
      rank: null,
      total: 2000,
    });
  });

  it('a rating veto with cap-level caps the level, and the stars awarded with it', () => {
    const [result] = computeResults(rated, [
      branch(rated, 'b', [{ P: 1000, Q: 1000, Y: { fact: 1 } }]),
    ]);
    expect(result!.level).toBe(1);
    expect(result!.stars).toEqual(['A']);
    expect(result!.reasons).toContainEqual({ kind: 'veto-cap', item: 'Y', capLevel: 1 });
  });
});

describe('bonus caps', () => {
  it('caps bonus per dimension and for the whole rubric', () => {
    const b = rubric(
      [
        {
          code: 'A',
          passLine: 0,
          bonusCap: 300,
          items: [
            { code: 'P' },
            { code: 'B1', type: 'bonus', max: 200 },
            { code: 'B2', type: 'bonus', max: 200 },
          ],
        },
        { code: 'C', passLine: 0, items: [{ code: 'Q' }, { code: 'B3', type: 'bonus', max: 200 }] },
      ],
      { bonusCap: 400 },
    );
    const [result] = computeResults(b, [
      branch(b, 'x', [{ P: 1000, B1: 200, B2: 200, Q: 1000, B3: 200 }]),
    ]);
    expect(result!.dimensions.map((d) => d.score)).toEqual([1300, 1200]);
    expect(result!.total).toBe(2400); // 2000 + min(300 + 200, 400)
    expect(result!.reasons.filter((x) => x.kind === 'bonus-capped')).toHaveLength(2);
  });
});
