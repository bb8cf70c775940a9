import { describe, expect, it } from 'vitest';
import type { Quota } from '../../../../shared/domain/rubric';
import { evaluateBranch } from '../../../../shared/scoring';
import { simulateDecision } from '../../../../shared/scoring/simulate';
import { branch, rubric } from './build';

const bands = [5, 4, 3, 2, 1].map((level) => ({ level, min: (level + 4) * 1000 }));

function banded(quotas: Partial<Quota>[]) {
  return rubric([{ code: 'A', items: [{ code: 'P', max: 10000 }] }], {
    scheme: { kind: 'bands', bands },
    quotas: quotas as Quota[],
  });
}

/** Branches named by their totals (in points): A99, B95, … all in township T1. */
function field(r: ReturnType<typeof banded>, named: [string, number][]) {
  return named.map(([id, t], i) => evaluateBranch(r, branch(r, id, [{ P: t * 100 }]), i));
}

const five: [string, number][] = [
  ['A', 99],
  ['B', 95],
  ['C', 89],
  ['D', 85],
  ['E', 70],
];

describe('quota simulator (if this branch is rated N★, who else moves?)', () => {
  // One five-star, two four-star places: computed A5 B4 C4 D3 E3 (B and D pushed down).
  const r = banded([
    { level: 5, max: { count: 1 } },
    { level: 4, max: { count: 2 } },
  ]);

  it('a branch raised into a full level takes the seat and pushes the next one down', () => {
    const result = simulateDecision(r, field(r, five), 'B', 5);
    expect(result).toEqual({
      branchId: 'B',
      level: 5,
      computedLevel: 4,
      withinQuota: true,
      moves: [{ branchId: 'A', from: 5, to: 4 }],
    });
  });

  it('the displacement cascades through the lower ceilings', () => {
    // D raised to four: the four-star places are B (qualified for five) and D, so C falls.
    const result = simulateDecision(r, field(r, five), 'D', 4);
    expect(result.withinQuota).toBe(true);
    expect(result.moves).toEqual([{ branchId: 'C', from: 4, to: 3 }]);
  });

  it('keeping the computed level moves nobody', () => {
    const result = simulateDecision(r, field(r, five), 'C', 4);
    expect(result.computedLevel).toBe(4);
    expect(result.moves).toEqual([]);
  });

  it('a level without a seat for the branch is reported as overriding the quota', () => {
    // One four-star place, held by B who qualified for five: E raised to four cannot have it.
    const tight = banded([
      { level: 5, max: { count: 1 } },
      { level: 4, max: { count: 1 } },
    ]);
    const result = simulateDecision(tight, field(tight, five), 'E', 4);
    expect(result.withinQuota).toBe(false);
  });

  it('lowering a branch frees its seat, and the seats below it, for the next in line', () => {
    const result = simulateDecision(r, field(r, five), 'A', 3);
    expect(result.moves).toEqual([
      { branchId: 'B', from: 4, to: 5 },
      { branchId: 'D', from: 3, to: 4 },
    ]);
  });
});
