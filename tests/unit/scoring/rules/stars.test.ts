import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

const stars = (relation?: 'capstone' | 'prerequisite') =>
  rubric(
    ['S1', 'S2', 'S3'].map((code) => ({
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
    relation ? { scheme: { kind: 'per-star', starRelation: { star: 'S1', relation } } } : {},
  );

const sheet = (s1: number, s2: number, s3: number, gate = 9500) => ({
  'S1.P': s1,
  'S2.P': s2,
  'S3.P': s3,
  'S1.G': { fact: gate },
  'S2.G': { fact: gate },
  'S3.G': { fact: gate },
});

describe('per-star levels', () => {
  it('counts stars whose score reaches the pass line', () => {
    const r = stars();
    const [result] = computeResults(r, [branch(r, 'b', [sheet(800, 799, 1000)])]);
    expect(result!.stars).toEqual(['S1', 'S3']);
    expect(result!.level).toBe(2);
    expect(result!.reasons).toContainEqual({
      kind: 'star-score',
      star: 'S2',
      score: 799,
      passLine: 800,
      earned: false,
    });
  });

  it('a failed star gate cancels that star', () => {
    const r = stars();
    const [result] = computeResults(r, [branch(r, 'b', [sheet(900, 900, 900, 8999)])]);
    expect(result!.level).toBe(0);
    expect(result!.reasons).toContainEqual({
      kind: 'star-gate',
      star: 'S1',
      item: 'S1.G',
      value: 8999,
      min: 9000,
    });
  });

  it('a capstone star counts only when all other stars are earned', () => {
    const r = stars('capstone');
    const [full, partial] = computeResults(r, [
      branch(r, 'partial', [sheet(900, 900, 700)]),
      branch(r, 'full', [sheet(900, 900, 900)]),
    ]);
    expect(full).toMatchObject({ branchId: 'full', level: 3, stars: ['S1', 'S2', 'S3'] });
    expect(partial).toMatchObject({ branchId: 'partial', level: 1, stars: ['S2'] });
    expect(partial!.reasons).toContainEqual({
      kind: 'capstone-not-counted',
      star: 'S1',
      missing: ['S3'],
    });
  });

  it('without a prerequisite star no other star counts', () => {
    const r = stars('prerequisite');
    const [withPrereq, noPrereq] = computeResults(r, [
      branch(r, 'without', [sheet(700, 900, 900)]),
      branch(r, 'with', [sheet(900, 700, 900)]),
    ]).sort((a, b) => a.branchId.localeCompare(b.branchId));
    expect(withPrereq).toMatchObject({ level: 2, stars: ['S1', 'S3'] });
    expect(noPrereq).toMatchObject({ level: 0, stars: [] });
    expect(noPrereq!.reasons).toContainEqual({ kind: 'prerequisite-missing', star: 'S1' });
  });
});
