import { describe, expect, it } from 'vitest';
import type { RubricDefinitionInput } from '../../../../shared/domain/rubric';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

/**
 * `stars` on a result is what the branch is AWARDED: exactly `level` stars of a rated branch,
 * none for a branch that is not rated. Stars the scores reached but the rating does not give
 * are named in a `stars-not-awarded` reason.
 */
const stars = (extra: Partial<RubricDefinitionInput> = {}) =>
  rubric(
    ['S1', 'S2', 'S3'].map((code) => ({
      code,
      passLine: 800,
      items: [
        { code: `${code}.P` },
        ...(code === 'S3'
          ? [
              {
                code: 'NR',
                type: 'veto' as const,
                max: 0,
                veto: { scope: 'rating' as const, effect: 'no-rating' as const },
              },
              {
                code: 'CAP',
                type: 'veto' as const,
                max: 0,
                veto: { scope: 'rating' as const, effect: 'cap-level' as const, capLevel: 1 },
              },
            ]
          : []),
      ],
    })),
    extra,
  );

const scores = (s1: number, s2: number, s3: number, facts: Record<string, number> = {}) => ({
  'S1.P': s1,
  'S2.P': s2,
  'S3.P': s3,
  ...Object.fromEntries(Object.entries(facts).map(([code, fact]) => [code, { fact }])),
});

describe('stars awarded', () => {
  it('a branch vetoed from any rating is awarded no star, whatever its scores reached', () => {
    const r = stars();
    const [result] = computeResults(r, [branch(r, 'v', [scores(900, 900, 900, { NR: 1 })])]);
    expect(result).toMatchObject({ status: 'vetoed', level: null, stars: [] });
    expect(result!.dimensions.map((d) => d.earned)).toEqual([false, false, false]);
    expect(result!.reasons).toContainEqual({
      kind: 'stars-not-awarded',
      stars: ['S1', 'S2', 'S3'],
      level: null,
    });
  });

  it('a level capped by a veto awards as many stars as the level, keeping the widest margins', () => {
    const r = stars();
    const [result] = computeResults(r, [branch(r, 'c', [scores(850, 990, 900, { CAP: 1 })])]);
    expect(result).toMatchObject({ status: 'rated', level: 1, stars: ['S2'] });
    expect(result!.dimensions.map((d) => d.earned)).toEqual([false, true, false]);
    expect(result!.reasons).toContainEqual({
      kind: 'stars-not-awarded',
      stars: ['S1', 'S3'],
      level: 1,
    });
  });

  it('a prerequisite star is the first given when the level is capped', () => {
    const r = stars({
      scheme: { kind: 'per-star', starRelation: { star: 'S1', relation: 'prerequisite' } },
    });
    const [result] = computeResults(r, [branch(r, 'c', [scores(800, 990, 900, { CAP: 1 })])]);
    expect(result).toMatchObject({ level: 1, stars: ['S1'] });
  });

  it('a capstone star is the first withdrawn when a quota lowers the level', () => {
    const r = stars({
      scheme: { kind: 'per-star', starRelation: { star: 'S1', relation: 'capstone' } },
      quotas: [{ level: 3, max: { count: 1 } }],
    });
    const results = computeResults(r, [
      branch(r, 'top', [scores(1000, 1000, 1000)]),
      branch(r, 'next', [scores(1000, 950, 900)]),
    ]);
    const next = results.find((x) => x.branchId === 'next')!;
    expect(next).toMatchObject({ level: 2, levelBeforeQuota: 3, stars: ['S2', 'S3'] });
    expect(next.dimensions.map((d) => d.earned)).toEqual([false, true, true]);
    expect(next.reasons).toContainEqual({ kind: 'stars-not-awarded', stars: ['S1'], level: 2 });
    const top = results.find((x) => x.branchId === 'top')!;
    expect(top).toMatchObject({ level: 3, stars: ['S1', 'S2', 'S3'] });
    expect(top.reasons.map((x) => x.kind)).not.toContain('stars-not-awarded');
  });

  it('ties on the margin are broken by rubric order, earlier stars kept', () => {
    const r = stars();
    const [result] = computeResults(r, [branch(r, 'c', [scores(900, 900, 900, { CAP: 1 })])]);
    expect(result!.stars).toEqual(['S1']);
  });
});
