import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/scoring';
import { combineValues } from '../../../../shared/scoring/combine';
import { roundMicro, SCALE } from '../../../../shared/scoring/exact';
import { branch, rubric } from './build';

describe('combining evaluators', () => {
  it('takes the plain mean', () => {
    expect(combineValues([800, 900, 1000], 3, 'mean', 5) / SCALE).toBe(900);
  });

  it('drops one highest and one lowest for a trimmed mean with enough evaluators', () => {
    expect(combineValues([100, 800, 900, 1000, 1000], 5, 'trimmed-mean', 5) / SCALE).toBe(900);
  });

  it('falls back to the plain mean when too few evaluators scored for trimming', () => {
    expect(combineValues([100, 800, 900, 1000], 4, 'trimmed-mean', 5) / SCALE).toBe(700);
  });

  it('takes the median, averaging the middle two for an even count', () => {
    expect(combineValues([100, 900, 800], 3, 'median', 5) / SCALE).toBe(800);
    expect(combineValues([100, 900, 800, 1000], 4, 'median', 5) / SCALE).toBe(850);
  });

  it('rounds half away from zero, once', () => {
    expect(roundMicro(SCALE * 12.5, 1)).toBe(13);
    expect(roundMicro(SCALE * 12.49, 1)).toBe(12);
    expect(roundMicro(SCALE * 150, 100)).toBe(200);
    expect(roundMicro(SCALE * 149, 100)).toBe(100);
  });

  it('rounds the total once rather than summing rounded items (many half-points)', () => {
    // Ten items, each scored 8.5, 9 and 9 by three evaluators: each mean is 8.8333…
    // Rounded per item that is 8.83 × 10 = 88.30; exact it is 88.333… → 88.33.
    const items = Array.from({ length: 10 }, (_, i) => ({ code: `I${i}` }));
    const r = rubric([{ code: 'A', passLine: 0, items }]);
    const sheet = (v: number) => Object.fromEntries(items.map((i) => [i.code, v]));
    const [result] = computeResults(r, [branch(r, 'b', [sheet(850), sheet(900), sheet(900)])]);
    expect(result!.total).toBe(8833);
    expect(result!.dimensions[0]!.score).toBe(8833);
  });

  it('rounds to the rubric precision', () => {
    const r = rubric([{ code: 'A', passLine: 0, items: [{ code: 'I' }] }], { precision: 0 });
    const [result] = computeResults(r, [branch(r, 'b', [{ I: 850 }, { I: 900 }])]);
    expect(result!.total).toBe(900); // 8.75 → 9
  });
});
